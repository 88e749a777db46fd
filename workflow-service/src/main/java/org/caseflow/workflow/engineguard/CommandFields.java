package org.caseflow.workflow.engineguard;

import java.lang.reflect.Field;
import org.springframework.util.ReflectionUtils;

/**
 * Reads what a Camunda command was asked to do. Commands keep their arguments in protected fields
 * with no getters; the guard must see them before the command runs. An engine upgrade that
 * renames one fails the guard's tests, and the guard refuses the command meanwhile rather than
 * let it through unread.
 */
final class CommandFields {

    private CommandFields() {
    }

    @SuppressWarnings("unchecked")
    static <T> T read(Object command, String name) {
        Field field = ReflectionUtils.findField(command.getClass(), name);
        if (field == null) {
            throw Refusals.notAllowed("This engine command cannot be checked against the journey rules ("
                    + command.getClass().getSimpleName() + "." + name + "), so it is refused.");
        }
        ReflectionUtils.makeAccessible(field);
        return (T) ReflectionUtils.getField(field, command);
    }
}
