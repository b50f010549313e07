package fi.hva.grants.process;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its type. The engine hands numbers back as whatever the writer used
 * (Integer from a form, Long from Java), enums as their names: this is the one place that turns them
 * into the type, so that services see {@code long} ids and enums, never {@code Object}.
 *
 * @param name the variable's name, one of {@link Variables}
 * @param <T> the type the processes work with
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Function<Object, T> read;
    private final Function<T, Object> write;

    private ProcessVariable(String name, Function<Object, T> read, Function<T, Object> write) {
        this.name = name;
        this.read = read;
        this.write = write;
    }

    public static ProcessVariable<Long> id(String name) {
        return new ProcessVariable<>(name, value -> ((Number) value).longValue(), id -> id);
    }

    public static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, value -> (Boolean) value, flag -> flag);
    }

    public static ProcessVariable<String> text(String name) {
        return new ProcessVariable<>(name, Object::toString, text -> text);
    }

    public static ProcessVariable<Integer> number(String name) {
        return new ProcessVariable<>(name, value -> ((Number) value).intValue(), number -> number);
    }

    /**
     * A list of ids, stored as one JSON value: a multi-instance reads its collection from it, and
     * a JSON value has no length limit, unlike a string variable.
     */
    public static ProcessVariable<List<Long>> ids(String name) {
        return new ProcessVariable<>(name,
                value -> ((List<?>) value).stream().map(id -> ((Number) id).longValue()).toList(),
                TaskForms::json);
    }

    /** Stored as the constant's name, which gateways compare against and Cockpit shows as it is. */
    public static <E extends Enum<E>> ProcessVariable<E> choice(String name, Class<E> type) {
        return new ProcessVariable<>(name, value -> Enum.valueOf(type, value.toString()), Enum::name);
    }

    public String name() {
        return name;
    }

    /** The value, which the process must have by now. */
    public T from(VariableScope scope) {
        return find(scope).orElseThrow(() -> new IllegalStateException("Process variable " + name + " is not set"));
    }

    public Optional<T> find(VariableScope scope) {
        return Optional.ofNullable(scope.getVariable(name)).map(read);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value == null ? null : write.apply(value));
    }

    /** The value as the engine stores it, for starting a process or correlating a message. */
    public Object stored(T value) {
        return write.apply(value);
    }
}
