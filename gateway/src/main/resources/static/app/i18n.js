// Vietnamese first; English for visitors and developers. Missing English falls back to Vietnamese.
'use strict';

const I18n = (() => {
  const vi = {
    skip: 'Bỏ qua đến nội dung chính', logout: 'Đăng xuất',
    shortcutsHint: 'Phím tắt: Alt+N cuộc gọi mới · Alt+K tìm tri thức · Alt+T chuyển máy · Alt+E chuyển kiến nghị · Alt+M cuộc gọi hôm nay · Alt+L ngôn ngữ · ? trợ giúp',
    loginTitle: 'Đăng nhập', username: 'Tên đăng nhập', password: 'Mật khẩu', signIn: 'Đăng nhập',
    navCall: 'Cuộc gọi mới', navMine: 'Cuộc gọi hôm nay', navCallbacks: 'Gọi lại', navKnowledge: 'Cơ sở tri thức',
    navDirectory: 'Danh bạ & quy tắc', navEscalations: 'Kiến nghị', navReports: 'Báo cáo', navUnit: 'Kiến nghị của đơn vị',
    navUsers: 'Người dùng', navAudit: 'Nhật ký truy cập',
    callerNumber: 'Số người gọi', withheld: 'Ẩn số', channel: 'Kênh', locality: 'Địa bàn', provinceName: 'Tỉnh/thành khác',
    topic: 'Chủ đề', question: 'Câu hỏi của người dân', notes: 'Ghi chú', logCall: 'Ghi nhận cuộc gọi (Ctrl+Enter)',
    choose: '— chọn —', history: 'Lịch sử người gọi', noHistory: 'Chưa gọi trong 90 ngày qua.',
    repeatCaller: 'Đã gọi trước đây', prankWarning: 'Cảnh báo', callsInWindow: 'cuộc gọi trong {0} ngày',
    callLogged: 'Đã ghi nhận cuộc gọi lúc {0}.', callClosed: 'Đã đóng cuộc gọi: {0}.',
    failedTransfer: 'Chuyển tới {0} không gặp ai ({1} số đã gọi)',
    kbSearch: 'Tìm trong cơ sở tri thức (gõ không dấu cũng được)', kbNoHit: 'Không tìm thấy câu trả lời phù hợp.',
    readThisAnswer: 'Đọc câu trả lời này', legalBasis: 'Căn cứ', validUntil: 'Hiệu lực đến',
    warnExpired: 'Đã hết hiệu lực', warnSuperseded: 'Đã có câu trả lời thay thế', warnNotPublished: 'Chưa công bố',
    transfer: 'Chuyển máy (Alt+T)', transferPlan: 'Phương án chuyển máy', unit: 'Đơn vị', reason: 'Lý do',
    nextNumber: 'Số cần gọi', attempts: 'Đã thử', notTransferable: 'Không chuyển máy được',
    alternative: 'Thay vào đó', escalate: 'Chuyển kiến nghị (Alt+E)', escalated: 'Đã chuyển kiến nghị lên đơn vị.',
    CONNECTED: 'Đã kết nối', BUSY: 'Máy bận', NO_ANSWER: 'Không nghe máy', WRONG_UNIT: 'Sai đơn vị', UNREACHABLE: 'Không liên lạc được',
    closeAs: 'Kết thúc cuộc gọi', INFORMATION_ONLY: 'Chỉ cung cấp thông tin', DROPPED: 'Cuộc gọi bị ngắt', PRANK: 'Quấy rối',
    ANSWERED_FROM_KB: 'Trả lời từ cơ sở tri thức', TRANSFERRED: 'Đã chuyển máy', ESCALATED: 'Chuyển kiến nghị',
    OPEN: 'Đang mở', ANSWERED: 'Đã trả lời', MERGED: 'Đã gộp', DRAFT: 'Nháp', APPROVED: 'Đã duyệt', PUBLISHED: 'Đã công bố', ARCHIVED: 'Lưu trữ',
    time: 'Giờ', outcome: 'Kết quả', status: 'Trạng thái', due: 'Hạn trả lời', overdue: 'Quá hạn', callers: 'Số người hỏi',
    answer: 'Câu trả lời', sendAnswer: 'Gửi câu trả lời', answered: 'Đã gửi câu trả lời.', noItems: 'Không có mục nào.',
    done: 'Đã gọi lại', save: 'Lưu', create: 'Tạo mới', approve: 'Duyệt', publish: 'Công bố', archive: 'Lưu trữ',
    import: 'Nhập từ tệp (NDJSON, CSV, XLSX)', importProgress: 'Tiến độ nhập', phrasings: 'Cách hỏi khác (mỗi dòng một câu)',
    tags: 'Từ khóa (cách nhau dấu phẩy)', externalId: 'Mã của tiểu ban', edit: 'Sửa', newEntry: 'Mục mới',
    from: 'Từ ngày', to: 'Đến ngày', show: 'Xem', totalCalls: 'Tổng số cuộc gọi', kbRatio: 'Tỷ lệ trả lời từ tri thức',
    wallboard: 'Màn hình theo dõi trực tiếp', digest: 'Văn bản tổng hợp hằng ngày', download: 'Tải về',
    hotlines: 'Số đường dây (mỗi dòng: số | nhãn | MOBILE/LANDLINE | ưu tiên)', transferable: 'Nhận chuyển máy',
    notTransferableReason: 'Lý do không chuyển máy', rules: 'Quy tắc chuyển', targets: 'Đơn vị phụ trách (theo thứ tự, cách nhau dấu phẩy)',
    knowledgeBaseOnly: 'Chỉ trả lời từ cơ sở tri thức', roles: 'Vai trò', unitCode: 'Mã đơn vị', displayName: 'Họ tên',
    principal: 'Người dùng', action: 'Thao tác', path: 'Đường dẫn', phone: 'Số điện thoại',
    help: 'Trợ giúp phím tắt', errNetwork: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
    err401: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.', err403: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
    err404: 'Không tìm thấy.', err409: 'Dữ liệu vừa thay đổi hoặc thao tác đã được thực hiện.', err429: 'Thao tác quá nhanh, vui lòng chờ vài giây.',
    err5xx: 'Hệ thống đang bận hoặc tạm thời gián đoạn. Vui lòng thử lại.', loading: 'Đang tải…', callbacksTitle: 'Cần gọi lại cho người dân',
    callTime: 'Thời điểm gọi', caller: 'Người gọi', cbAttempts: 'Số lần gọi', callBack: 'Gọi lại',
    callbackNote: 'Ghi chú cuộc gọi lại', callbackRecorded: 'Đã ghi nhận cuộc gọi lại', back: 'Quay lại',
    cbr_REACHED: 'Đã gặp, đã trả lời', cbr_NO_ANSWER: 'Không nghe máy', cbr_BUSY: 'Máy bận', cbr_WRONG_NUMBER: 'Sai số',
    cb_PENDING: 'còn phải gọi lại', cb_DONE: 'đã xong', cb_UNREACHABLE: 'không liên lạc được', cb_COVERED: 'đã gộp',
    ch_PHONE: 'Điện thoại', ch_ZALO: 'Zalo', ch_EMAIL: 'Thư điện tử', ch_WEB: 'Trang web', ch_SMS: 'Tin nhắn',
    answerRead: 'Đã ghi nhận: đọc câu trả lời này', closeAnsweredFromKb: 'Kết thúc cuộc gọi: đã trả lời từ cơ sở tri thức',
    transferNotConfirmed: 'Đã nối máy nhưng hệ thống chưa xác nhận; kiểm tra lại ở "Cuộc gọi hôm nay".',
    date: 'Ngày', callbacksReport: 'Gọi lại theo ngày', cbCreated: 'Cần gọi lại', staleCalls: 'Cuộc gọi mở quá 30 phút',
    closeReason: 'Lý do kết thúc', closedBySupervisor: 'Giám sát viên kết thúc', operator: 'Điện thoại viên',
    openCallsTitle: 'Bạn còn cuộc gọi chưa kết thúc', resumeCall: 'Tiếp tục cuộc gọi này', closeWith: 'Kết thúc:',
    keepOnHold: 'Để sau, ghi cuộc gọi mới', callResumed: 'Đã mở lại cuộc gọi đang xử lý', callClosedAs: 'Đã kết thúc cuộc gọi:',
    timeline: 'Diễn biến cuộc gọi', addNote: 'Thêm ghi chú', callNote: 'Ghi chú',
    tl_RECEIVED: 'Tiếp nhận', tl_NOTE: 'Ghi chú', tl_TRANSFER_FAILED: 'Chuyển máy không gặp ai', tl_CLOSED: 'Kết thúc',
    tl_ANSWER_RECEIVED: 'Đơn vị đã trả lời', tl_CALLBACK_REACHED: 'Gọi lại: đã gặp', tl_CALLBACK_NO_ANSWER: 'Gọi lại: không nghe máy',
    tl_CALLBACK_BUSY: 'Gọi lại: máy bận', tl_CALLBACK_WRONG_NUMBER: 'Gọi lại: sai số',
    cb_NO_NUMBER: 'không có số', boostTopic: 'Ưu tiên chủ đề', boostLocality: 'Ưu tiên địa bàn',
    clearBoost: 'Bỏ ưu tiên (vẫn tìm mọi chủ đề)',
    escalationBoard: 'Kiến nghị theo đơn vị', myCallsToday: 'Cuộc gọi của tôi hôm nay', unitEscalations: 'Kiến nghị gửi đơn vị',
    currentCall: 'Cuộc gọi đang xử lý', endCall: 'Kết thúc', search: 'Tìm', all: 'Tất cả'
  };
  const en = {
    skip: 'Skip to main content', logout: 'Sign out',
    shortcutsHint: 'Shortcuts: Alt+N new call · Alt+K knowledge search · Alt+T transfer · Alt+E escalate · Alt+M my calls today · Alt+L language · ? help',
    loginTitle: 'Sign in', username: 'Username', password: 'Password', signIn: 'Sign in',
    navCall: 'New call', navMine: 'My calls today', navCallbacks: 'Callbacks', navKnowledge: 'Knowledge base',
    navDirectory: 'Directory & rules', navEscalations: 'Escalations', navReports: 'Reports', navUnit: 'Unit escalations',
    navUsers: 'Users', navAudit: 'Audit log',
    callerNumber: 'Caller number', withheld: 'Withheld', channel: 'Channel', locality: 'District', provinceName: 'Other province',
    topic: 'Topic', question: "Citizen's question", notes: 'Notes', logCall: 'Log call (Ctrl+Enter)',
    choose: '— choose —', history: 'Caller history', noHistory: 'No calls in the last 90 days.',
    repeatCaller: 'Called before', prankWarning: 'Warning', callsInWindow: 'calls in {0} days',
    callLogged: 'Call of {0} logged.', callClosed: 'Call closed: {0}.',
    failedTransfer: 'Transfer to {0} reached nobody ({1} numbers tried)',
    kbSearch: 'Search the knowledge base (accents optional)', kbNoHit: 'No matching answer.',
    readThisAnswer: 'Read this answer', legalBasis: 'Legal basis', validUntil: 'Valid until',
    warnExpired: 'Expired', warnSuperseded: 'Superseded', warnNotPublished: 'Not published',
    transfer: 'Transfer (Alt+T)', transferPlan: 'Transfer plan', unit: 'Unit', reason: 'Reason',
    nextNumber: 'Number to dial', attempts: 'Tried', notTransferable: 'Cannot be transferred',
    alternative: 'Instead', escalate: 'Escalate (Alt+E)', escalated: 'Escalated to the unit.',
    CONNECTED: 'Connected', BUSY: 'Busy', NO_ANSWER: 'No answer', WRONG_UNIT: 'Wrong unit', UNREACHABLE: 'Unreachable',
    closeAs: 'End call', INFORMATION_ONLY: 'Information only', DROPPED: 'Dropped', PRANK: 'Prank',
    ANSWERED_FROM_KB: 'Answered from KB', TRANSFERRED: 'Transferred', ESCALATED: 'Escalated',
    OPEN: 'Open', ANSWERED: 'Answered', MERGED: 'Merged', DRAFT: 'Draft', APPROVED: 'Approved', PUBLISHED: 'Published', ARCHIVED: 'Archived',
    time: 'Time', outcome: 'Outcome', status: 'Status', due: 'Due', overdue: 'Overdue', callers: 'Callers',
    answer: 'Answer', sendAnswer: 'Send answer', answered: 'Answer sent.', noItems: 'Nothing here.',
    done: 'Called back', save: 'Save', create: 'Create', approve: 'Approve', publish: 'Publish', archive: 'Archive',
    import: 'Import a file (NDJSON, CSV, XLSX)', importProgress: 'Import progress', phrasings: 'Other phrasings (one per line)',
    tags: 'Tags (comma separated)', externalId: 'Subcommittee id', edit: 'Edit', newEntry: 'New entry',
    from: 'From', to: 'To', show: 'Show', totalCalls: 'Total calls', kbRatio: 'Answered from KB',
    wallboard: 'Live wallboard', digest: 'Daily digest', download: 'Download',
    hotlines: 'Hotlines (one per line: number | label | MOBILE/LANDLINE | priority)', transferable: 'Accepts transfers',
    notTransferableReason: 'Why not transferable', rules: 'Routing rules', targets: 'Responsible units (in order, comma separated)',
    knowledgeBaseOnly: 'Knowledge base only', roles: 'Roles', unitCode: 'Unit code', displayName: 'Full name',
    principal: 'User', action: 'Action', path: 'Path', phone: 'Phone number',
    help: 'Keyboard shortcuts', errNetwork: 'Cannot reach the server. Check the network and retry.',
    err401: 'Your session expired. Please sign in again.', err403: 'Your account may not do this.',
    err404: 'Not found.', err409: 'The data just changed or this was already done.', err429: 'Too fast, please wait a few seconds.',
    err5xx: 'The system is busy or briefly unavailable. Please retry.', loading: 'Loading…', callbacksTitle: 'Citizens to call back',
    callTime: 'Call time', caller: 'Caller', cbAttempts: 'Attempts', callBack: 'Call back',
    callbackNote: 'Callback note', callbackRecorded: 'Callback recorded', back: 'Back',
    cbr_REACHED: 'Reached, answered', cbr_NO_ANSWER: 'No answer', cbr_BUSY: 'Busy', cbr_WRONG_NUMBER: 'Wrong number',
    cb_PENDING: 'still to call', cb_DONE: 'done', cb_UNREACHABLE: 'unreachable', cb_COVERED: 'merged', cb_NO_NUMBER: 'no number',
    ch_PHONE: 'Phone', ch_ZALO: 'Zalo', ch_EMAIL: 'E-mail', ch_WEB: 'Web', ch_SMS: 'SMS',
    answerRead: 'Recorded: this answer was read', closeAnsweredFromKb: 'End the call: answered from the knowledge base',
    transferNotConfirmed: 'Connected, but the system has not confirmed it yet; check "My calls today".',
    date: 'Date', callbacksReport: 'Callbacks per day', cbCreated: 'To call back', staleCalls: 'Calls open for over 30 minutes',
    closeReason: 'Reason for closing', closedBySupervisor: 'Closed by supervisor', operator: 'Operator',
    openCallsTitle: 'You still have calls in progress', resumeCall: 'Resume this call', closeWith: 'Close as:',
    keepOnHold: 'Later: log a new call', callResumed: 'The open call is back on screen', callClosedAs: 'Call closed as:',
    timeline: 'Call timeline', addNote: 'Add note', callNote: 'Note',
    tl_RECEIVED: 'Received', tl_NOTE: 'Note', tl_TRANSFER_FAILED: 'Transfer reached nobody', tl_CLOSED: 'Closed',
    tl_ANSWER_RECEIVED: 'Unit answered', tl_CALLBACK_REACHED: 'Callback: reached', tl_CALLBACK_NO_ANSWER: 'Callback: no answer',
    tl_CALLBACK_BUSY: 'Callback: busy', tl_CALLBACK_WRONG_NUMBER: 'Callback: wrong number',
    boostTopic: 'Favouring topic', boostLocality: 'Favouring district', clearBoost: 'Stop favouring (all topics are searched anyway)',
    escalationBoard: 'Escalations by unit', myCallsToday: 'My calls today', unitEscalations: 'Escalations sent to your unit',
    currentCall: 'Call in progress', endCall: 'End', search: 'Search', all: 'All'
  };
  let lang = localStorage.getItem('hotline.lang') || 'vi';

  function t(key, ...args) {
    const text = (lang === 'en' ? en[key] : undefined) || vi[key] || key;
    return args.reduce((s, a, i) => s.replace('{' + i + '}', a), text);
  }

  function apply(root = document) {
    root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    document.documentElement.lang = lang;
  }

  function toggle() {
    lang = lang === 'vi' ? 'en' : 'vi';
    localStorage.setItem('hotline.lang', lang);
    return lang;
  }

  return { t, apply, toggle, get lang() { return lang; } };
})();
