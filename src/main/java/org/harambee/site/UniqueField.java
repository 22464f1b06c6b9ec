package org.harambee.site;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.Errors;

/**
 * A value that must be unique (a name, an address) is checked and then saved in two steps, so two people saving
 * the same one at the same moment both pass the check; the database's unique constraint then refuses the later
 * one. This runs such a change and turns that refusal into the field error the check gives, so the loser sees the
 * form again, not a 500.
 * <p>
 * It must run outside any transaction: the change's own transaction is the one the refusal rolls back whole (a
 * transaction that saw a constraint violation can only roll back, so catching it inside would fail later instead).
 * The form has already passed validation of lengths and required values when the change runs, so what the
 * database refuses is the value someone else took meanwhile.
 */
@NamedInterface(name = "api", propagate = false)
public final class UniqueField {

    private UniqueField() {
    }

    /**
     * Runs {@code change}; when the database refuses it as a duplicate, rejects {@code field} with {@code reason} and
     * answers empty.
     */
    public static <T> Optional<T> save(Supplier<T> change, Errors errors, String field, String reason) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A unique value is saved in its own transaction, not inside another one");
        }
        try {
            return Optional.of(change.get());
        } catch (DataIntegrityViolationException takenMeanwhile) {
            errors.rejectValue(field, reason);
            return Optional.empty();
        }
    }

    /** The same, for a change that answers nothing: whether it was saved. */
    public static boolean save(Runnable change, Errors errors, String field, String reason) {
        return save(() -> {
            change.run();
            return Boolean.TRUE;
        }, errors, field, reason).isPresent();
    }
}
