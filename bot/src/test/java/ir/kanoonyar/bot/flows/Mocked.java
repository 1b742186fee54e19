package ir.kanoonyar.bot.flows;

import static org.mockito.Mockito.mock;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

import ir.kanoonyar.bot.conversation.ConversationHarness;
import ir.kanoonyar.bot.conversation.Texts;

/**
 * A bean built with Mockito mocks for every collaborator, the real {@link Texts} and a fixed clock;
 * given ones (by type) are used as they are. Reflective so the flows' constructors may grow
 * without every test changing.
 */
final class Mocked {

    private Mocked() {
    }

    static <T> T build(Class<T> type, Object... given) {
        Constructor<?> constructor = Arrays.stream(type.getConstructors()).findFirst().orElseThrow();
        Object[] args = Arrays.stream(constructor.getParameterTypes()).map(p -> argument(p, given)).toArray();
        try {
            return type.cast(constructor.newInstance(args));
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object argument(Class<?> parameter, Object[] given) {
        for (Object object : given) {
            if (parameter.isInstance(object)) {
                return object;
            }
        }
        Map<Class<?>, Object> real = Map.of(Texts.class, new Texts(),
                Clock.class, Clock.fixed(ConversationHarness.NOW, ZoneOffset.UTC));
        return real.containsKey(parameter) ? real.get(parameter) : mock(parameter);
    }
}
