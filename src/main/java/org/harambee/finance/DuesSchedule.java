package org.harambee.finance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The dues of one membership year: a rate for each {@link DuesRate}, and an optional sliding-scale floor (a member
 * who asks may pay what it can, at least the floor). Treasurers set it and may change it; an invoice keeps the
 * amount it was issued for.
 */
@Entity
@Table(name = "dues_schedule")
class DuesSchedule {

    @Id
    private Integer membershipYear;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dues_rate", joinColumns = @JoinColumn(name = "membership_year"))
    @MapKeyColumn(name = "rate")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "amount")
    private Map<DuesRate, BigDecimal> rates = new HashMap<>();
    private BigDecimal slidingFloor;
    private UUID setBy;
    private Instant setAt;

    protected DuesSchedule() {
    }

    DuesSchedule(int membershipYear) {
        this.membershipYear = membershipYear;
    }

    /** Sets every rate (each must be given) and the floor (null for no sliding scale). */
    void set(Map<DuesRate, Money> amounts, Money floor, UUID by, Instant at) {
        if (!amounts.keySet().containsAll(EnumSet.allOf(DuesRate.class))) {
            throw new IllegalArgumentException("Every rate of a schedule is needed");
        }
        rates.clear();
        amounts.forEach((rate, amount) -> rates.put(rate, amount.amount()));
        slidingFloor = floor == null ? null : floor.amount();
        setBy = by;
        setAt = at;
    }

    int membershipYear() {
        return membershipYear;
    }

    Money rate(DuesRate rate, Currency currency) {
        return new Money(rates.getOrDefault(rate, BigDecimal.ZERO).stripTrailingZeros(), currency);
    }

    Map<DuesRate, Money> rates(Currency currency) {
        Map<DuesRate, Money> all = new EnumMap<>(DuesRate.class);
        for (DuesRate rate : DuesRate.values()) {
            all.put(rate, rate(rate, currency));
        }
        return all;
    }

    Optional<Money> slidingFloor(Currency currency) {
        return Optional.ofNullable(slidingFloor).map(floor -> new Money(floor.stripTrailingZeros(), currency));
    }

    Instant setAt() {
        return setAt;
    }
}
