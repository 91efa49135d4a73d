package org.emporium.discount.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.emporium.platform.mediator.Command;

/**
 * Releases up to {@code limit} reservations whose hold has ended (order never paid). Safe with several replicas
 * running it at once: each locks different rows ({@code FOR UPDATE SKIP LOCKED}). Returns how many it released.
 */
public record ReleaseExpiredReservations(@Min(1) @Max(1000) int limit) implements Command<Integer> {}
