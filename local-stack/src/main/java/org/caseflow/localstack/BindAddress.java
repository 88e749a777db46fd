package org.caseflow.localstack;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The address every process of the local stack listens on. It is 127.0.0.1 unless widened on
 * purpose with {@code CASEFLOW_BIND_ADDRESS}: the local run holds the demo people, whose passwords
 * are published, so anything wider lets anyone who can reach the machine sign in as them.
 *
 * @param address an IP address literal, such as {@code 127.0.0.1} or {@code 0.0.0.0}
 */
public record BindAddress(String address) {

    /** Before {@link #LOOPBACK}, which is checked with it. */
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public static final String VARIABLE = "CASEFLOW_BIND_ADDRESS";
    public static final BindAddress LOOPBACK = new BindAddress("127.0.0.1");

    public BindAddress {
        parse(address);
    }

    /** {@code CASEFLOW_BIND_ADDRESS} when set, else 127.0.0.1. */
    public static BindAddress fromEnvironment(Map<String, String> environment) {
        String address = environment.get(VARIABLE);
        return address == null || address.isBlank() ? LOOPBACK : new BindAddress(address.strip());
    }

    /** Only this machine can connect. */
    public boolean isLoopback() {
        return parse(address).isLoopbackAddress();
    }

    /** Every network interface of the machine, such as 0.0.0.0. */
    public boolean isEveryInterface() {
        return parse(address).isAnyLocalAddress();
    }

    /**
     * How another process on this machine reaches a service listening here, as a URL's host:
     * "every interface" is not an address one can connect to, so it is reached on 127.0.0.1.
     */
    public String localUrlHost() {
        if (isEveryInterface()) {
            return LOOPBACK.address();
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }

    /**
     * The host people's browsers use, which the identity provider also names itself by:
     * {@code localhost}, as everywhere in the documentation, whenever that reaches the services.
     */
    public String browserHost() {
        return address.equals(LOOPBACK.address()) || isEveryInterface() ? "localhost" : localUrlHost();
    }

    /**
     * Reads the literal without asking any name server: a host name is refused rather than
     * resolved, so that what is printed is exactly what is listened on.
     */
    private static InetAddress parse(String address) {
        try {
            if (address != null && IPV4.matcher(address).matches()) {
                byte[] octets = new byte[4];
                String[] parts = address.split("\\.");
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(parts[i]);
                    if (octet > 255) {
                        throw new UnknownHostException(address);
                    }
                    octets[i] = (byte) octet;
                }
                return InetAddress.getByAddress(octets);
            }
            if (address != null && address.contains(":")) {
                // in brackets an address can only be an IPv6 literal, never a name to look up
                return InetAddress.getByName("[" + address + "]");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(VARIABLE + " is not a valid IP address: " + address, e);
        }
        throw new IllegalArgumentException(VARIABLE + " must be an IP address such as 127.0.0.1 or 0.0.0.0, not " + address);
    }
}
