package vn.hotline1022.knowledge.search.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small desk written for these tests: four answers in officials' words and callers' questions in their own
 * ("chích ngừa" for "tiêm", "cho con bú" for "nuôi con bằng sữa mẹ"), so a translation can only come from the log.
 */
final class DeskFixture {

    static final Map<String, String> ANSWERS = new LinkedHashMap<>();

    static {
        ANSWERS.put("e-breastfeeding", "Phụ nữ đang nuôi con bằng sữa mẹ vẫn được tiêm vắc xin phòng COVID-19 theo "
                + "hướng dẫn của Bộ Y tế, sau khi khám sàng lọc tại điểm tiêm.");
        ANSWERS.put("e-travel", "Người lao động cần giấy đi đường do công an phường cấp khi đi làm trong thời gian "
                + "giãn cách xã hội; mang theo căn cước công dân.");
        ANSWERS.put("e-return", "Người từ vùng có dịch trở về địa phương phải khai báo y tế với trạm y tế xã và tự "
                + "theo dõi sức khỏe tại nhà bảy ngày.");
        ANSWERS.put("e-children", "Trẻ em từ mười hai đến mười bảy tuổi được tiêm vắc xin tại trường học theo kế hoạch "
                + "của sở giáo dục, cha mẹ ký phiếu đồng ý.");
    }

    private static final String[][] QUESTIONS = {
            {"e-breastfeeding", "em đang cho con bú có chích ngừa được không ạ",
                    "vợ tôi cho bé bú mẹ thì có chích ngừa covid được không",
                    "đang cho con bú 6 tháng chích ngừa có sao không bác sĩ",
                    "mẹ đang cho con bú muốn chích ngừa thì làm sao",
                    "cho con bú có được chích ngừa không vậy"},
            {"e-travel", "xin giấy đi đường ở đâu vậy", "em đi làm ca đêm cần giấy đi đường thì xin chỗ nào",
                    "giấy đi đường xin ở đâu ạ", "tôi chạy xe giao hàng có cần giấy đi đường không",
                    "làm giấy đi đường mất bao lâu"},
            {"e-return", "con tôi ở sài gòn về quê thì phải làm gì", "mới về quê từ thành phố có phải cách ly không",
                    "về quê ăn tết cần báo cho ai", "đi làm xa về quê phải khai gì không",
                    "từ bình dương về quê thì phải ở nhà mấy ngày"},
            {"e-children", "con tôi 14 tuổi có được chích ngừa không", "bé nhà em 15 tuổi chích ngừa ở đâu",
                    "học sinh lớp 8 chích ngừa ở trường hả", "cháu 16 tuổi đi chích ngừa cần giấy gì",
                    "con 13 tuổi chích ngừa có cần cha mẹ ký không"},
    };

    private DeskFixture() {
    }

    static DocTerms docs() {
        DocTerms docs = new DocTerms();
        ANSWERS.forEach(docs::put);
        return docs;
    }

    static List<UsagePair> log() {
        List<UsagePair> pairs = new ArrayList<>();
        for (String[] row : QUESTIONS) {
            for (int i = 1; i < row.length; i++) {
                pairs.add(new UsagePair(row[i], row[0]));
            }
        }
        return pairs;
    }

    /** The lexical engine stand-in: every answer, scored by shared folded syllables. */
    static List<LexicalHit> lexical(String question, int depth) {
        List<String> words = TermSpace.syllables(question);
        List<LexicalHit> hits = new ArrayList<>();
        ANSWERS.forEach((id, text) -> {
            List<String> answer = TermSpace.syllables(text);
            long shared = words.stream().distinct().filter(answer::contains).count();
            hits.add(new LexicalHit(id, 1 + shared));
        });
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits.subList(0, Math.min(depth, hits.size()));
    }
}
