package vn.hotline1022.gateway.auth;

public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, UserView user) {
}
