#!/usr/bin/env bash
# A few demo calls for the operator console and the wallboard. Idempotent: each call has a fixed Idempotency-Key,
# so running this again returns the same calls instead of logging new ones.
set -euo pipefail
GATEWAY="${GATEWAY:-http://127.0.0.1:8080}"

token=$(curl -sf -X POST "$GATEWAY/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"operator1","password":"demo1022"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' || true)
auth=(-H "X-User: operator1" -H "X-Roles: OPERATOR")
[ -n "$token" ] && auth=(-H "Authorization: Bearer $token")

call() {  # key number locality topic question
  curl -sf -o /dev/null -X POST "$GATEWAY/api/calls" "${auth[@]}" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: seed-$1" \
    -d "{\"callerNumber\":\"$2\",\"locality\":\"$3\",\"topic\":\"$4\",\"question\":\"$5\"}"
}

call demo-1 "0908.15.83.83" HAM_TAN TRAVEL_TRANSPORT "Đi từ Hàm Tân vào TP. Hồ Chí Minh cần giấy tờ gì?"
call demo-2 "0252 3822 123" PHAN_THIET QUARANTINE_FOOD "Khu phố đang phong tỏa, xin hỗ trợ gạo và thực phẩm"
call demo-3 "0352 123 456" LA_GI VACCINATION "Người trên 65 tuổi ở La Gi đăng ký tiêm mũi 2 ở đâu?"
call demo-4 "+84 908 555 123" TUY_PHONG PRICES_GOODS "Giá rau ở chợ Liên Hương tăng gấp đôi, phản ánh ở đâu?"
call demo-5 "0765 432 109" DUC_LINH MOVEMENT_DIRECTIVES "Từ Đức Linh sang Tánh Linh làm việc có cần xét nghiệm không?"
echo "[seed] 5 demo calls present (call-intake)"
