package vn.hotline1022.support.net;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 or IPv6 network such as 10.0.0.0/8 (literal addresses only: nothing is looked up in DNS). */
public record Cidr(byte[] network, int prefix) {

    public static Cidr parse(String text) {
        String[] parts = text.trim().split("/");
        byte[] address = literal(parts[0]);
        int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : address.length * 8;
        return new Cidr(address, prefix);
    }

    public boolean contains(String address) {
        byte[] candidate = literal(address);
        if (candidate.length != network.length) {
            return false;
        }
        int bits = network.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
        return new BigInteger(1, candidate).and(mask).equals(new BigInteger(1, network).and(mask));
    }

    private static byte[] literal(String text) {
        if (!text.matches("[0-9a-fA-F:.%]+")) {
            throw new IllegalArgumentException("not an IP literal: " + text);
        }
        try {
            return InetAddress.getByName(text.replaceAll("%.*$", "")).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
