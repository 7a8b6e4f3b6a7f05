package vn.hotline1022.intake.call;

/** Two tabs asked another question on the same call at once: one wins, the other is told to reload. */
public class QuestionsChangedException extends RuntimeException {

    public QuestionsChangedException(String callId) {
        super("Cuộc gọi " + callId + " vừa có thêm câu hỏi ở nơi khác (tab khác?); tải lại cuộc gọi rồi thử lại");
    }
}
