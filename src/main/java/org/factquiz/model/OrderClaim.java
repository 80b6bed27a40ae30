package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * "Acme began hiring AI engineers before it launched Chatly": {@code earlier} happened (or
 * began) before {@code later}. Each part is a claim judged in the same session; the rules compare
 * the dates of the facts that state them.
 */
public record OrderClaim(String id, Claim earlier, Claim later, String accordingTo, boolean possibly, String text,
                         Location location) implements Claim {
    public OrderClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
    }

    public String earlierId() {
        return earlier.id();
    }

    public String laterId() {
        return later.id();
    }

    @Override
    public String subject() {
        return earlier.subject();
    }

    @Override
    public List<Claim> parts() {
        return List.of(earlier, later);
    }
}
