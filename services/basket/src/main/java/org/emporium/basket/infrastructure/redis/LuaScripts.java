package org.emporium.basket.infrastructure.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The basket's Lua scripts, read from the classpath once. A script made from the resource itself
 * ({@code RedisScript.of(Resource, type)}) asks the resource whether it changed on every run: inside a jar that is
 * a failed look-up for a file, with an exception and its stack trace, per Redis call (3 % of the basket's
 * allocations in bench/basket's profile). Made from the text, it is static.
 */
final class LuaScripts {
    private LuaScripts() {}

    static <T> RedisScript<T> load(String path, Class<T> resultType) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return RedisScript.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), resultType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Lua script " + path, e);
        }
    }
}
