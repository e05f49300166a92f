// Property runs print their seed on failure ("Replay: (a,b)"); to replay one, put it in a
// [Property(Replay = "(a,b)")] on the property and keep that as a regression case.
// CI and mutation runs build with -p:PinSeeds=true, which fixes every property's seed so that
// results and mutation scores are reproducible; ordinary runs keep exploring new cases.
// Mutation runs also build with -p:MutationRun=true: properties without a count of their own then run
// 100 / CaseCount.Divisor cases instead of 100 (FsCheck's default, which ordinary runs keep; see CaseCount.cs).
#if PINNED_SEED
[assembly: FsCheck.Xunit.Properties(Replay = "(1145141919,810364365)", MaxTest = 100 / ConvSpec.SpecTests.CaseCount.Divisor)]
#endif
