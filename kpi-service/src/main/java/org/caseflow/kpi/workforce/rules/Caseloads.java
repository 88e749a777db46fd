package org.caseflow.kpi.workforce.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Caseloads at the end of a day, as KPIs {@code sw-caseload}, {@code asye-caseload}, {@code workers-over-25-cases}
 * and {@code workforce-permanent} count them (docs/statutory-rules.md section 5). A child is in a worker's caseload
 * when the worker holds the child's case ({@code allocations.rules.CaseHolders}) and the case is open in children's
 * social care that day (an open referral, a child in need or child protection plan, or a period of care). Only
 * case-holding social workers count: a child held by anyone else is in no caseload here, and each case holder
 * counts however few children they hold, as the DfE divides the cases held by the FTE of the case holders.
 */
public final class Caseloads {

    /** The report's "workers holding over 25 cases": 26 or more. */
    public static final int HIGH_CASELOAD = 25;

    /** A case holder and the children they hold. */
    public record Caseload(CaseHoldingWorker worker, long children) {
    }

    /** Children held, over the full-time equivalent of those who hold them. */
    public record Average(long children, BigDecimal fte) {
    }

    /** Of a workforce, how many are permanent. */
    public record Permanence(long permanent, long headcount) {
    }

    private Caseloads() {
    }

    /**
     * Each case holder's caseload, in the order of their ids.
     *
     * @param holderByChild the worker who holds each child's case that day
     * @param openChildren  the children whose case is open in social care that day
     */
    public static List<Caseload> of(Collection<CaseHoldingWorker> caseHolders, Map<String, String> holderByChild, Set<String> openChildren) {
        Map<String, Long> childrenByWorker = holderByChild.entrySet().stream()
                .filter(held -> openChildren.contains(held.getKey()))
                .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.counting()));
        return caseHolders.stream()
                .sorted(Comparator.comparing(CaseHoldingWorker::id))
                .map(worker -> new Caseload(worker, childrenByWorker.getOrDefault(worker.id(), 0L)))
                .toList();
    }

    /**
     * The average caseload, weighted by full-time equivalent: every child held over the sum of the holders' FTE, so
     * a worker at 0.5 FTE holding 8 children weighs as a full-time one holding 16.
     */
    public static Average average(Collection<Caseload> caseloads) {
        return new Average(caseloads.stream().mapToLong(Caseload::children).sum(),
                caseloads.stream().map(caseload -> caseload.worker().fte()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** {@link #average} over the workers in their assessed and supported year in employment only. */
    public static Average averageInAsye(Collection<Caseload> caseloads) {
        return average(caseloads.stream().filter(caseload -> caseload.worker().inAsye()).toList());
    }

    /** The workers holding more than {@code limit} children. */
    public static long holdingOver(Collection<Caseload> caseloads, int limit) {
        return caseloads.stream().filter(caseload -> caseload.children() > limit).count();
    }

    /** The permanent case holders, by headcount (not FTE: each worker counts once, whatever their hours). */
    public static Permanence permanence(Collection<CaseHoldingWorker> caseHolders) {
        return new Permanence(caseHolders.stream().filter(CaseHoldingWorker::permanent).count(), caseHolders.size());
    }
}
