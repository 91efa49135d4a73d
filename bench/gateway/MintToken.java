import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

/**
 * For bench/gateway/run.sh: makes an RSA key, writes its JWKS to args[0] and prints an access token signed with it
 * that the gateway accepts (RS256, typ at+jwt, issuer args[1], audience emporium-api, valid for two hours).
 * Run as a source file: java MintToken.java jwks.json http://localhost:18080
 */
public class MintToken {
    public static void main(String[] args) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        var publicKey = (RSAPublicKey) keys.getPublic();
        var jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + b64(unsigned(publicKey.getModulus())) + "\",\"e\":\"" + b64(unsigned(publicKey.getPublicExponent()))
                + "\"}]}";
        Files.writeString(Path.of(args[0]), jwks);
        long now = Instant.now().getEpochSecond();
        var header = "{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"bench\"}";
        var claims = "{\"iss\":\"" + args[1] + "\",\"aud\":\"emporium-api\",\"sub\":\"bench-user\",\"scope\":\"openid\","
                + "\"roles\":[\"CUSTOMER\"],\"iat\":" + (now - 60) + ",\"nbf\":" + (now - 60) + ",\"exp\":" + (now + 7200)
                + "}";
        var signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        var signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + b64(signature.sign()));
    }

    private static byte[] unsigned(BigInteger value) {
        var bytes = value.toByteArray();
        if (bytes[0] == 0) {
            var trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
