namespace ConvSpec.SpecTests;

/// <summary>
/// Property case counts are written <c>MaxTest = n / CaseCount.Divisor</c>. Ordinary and CI runs use n cases
/// (Divisor = 1). Mutation runs (mutation/run builds with -p:MutationRun=true, constant MUTATION_RUN) run every law
/// on the first n / 4 of the same pinned cases: Stryker runs each mutant's covering tests once per mutant, through
/// an assembly where every mutated expression is a branch, and a law that kills a mutant almost always does so in
/// its first cases, so the quarter keeps the run inside its time budget. Properties without an explicit count get
/// 100 / Divisor from Seeds.cs.
/// </summary>
internal static class CaseCount
{
#if MUTATION_RUN
    public const int Divisor = 4;
#else
    public const int Divisor = 1;
#endif
}
