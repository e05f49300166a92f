using ConvSpec.Layers;
using ConvSpec.SpecTests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Layers;

/// <summary>The fast layer's plan, against its definitions.</summary>
public class ConvPlanLaws
{
    /// <summary>
    /// Runs[κ·P + p] is the length of the longest stretch of row κ from p on in which each source entry continues the one
    /// before it (both −1, or one cell further along the plane), so that one copy or clear serves the stretch.
    /// </summary>
    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Each_run_is_the_longest_stretch_that_continues_its_source() =>
        Prop.ForAll(ConvGen.Problem(2).ToArbitrary(), problem =>
        {
            var plan = new ConvPlan(ConvGeometry.Resolve(problem.X, problem.W, null, problem.A), 1, sizeof(float));
            var positions = plan.Positions;
            for (var i = 0; i < plan.Source.Length; i++)
            {
                var length = 1;
                while (i % positions + length < positions && Continues(plan.Source[i + length - 1], plan.Source[i + length]))
                    length++;
                Assert.Equal(length, plan.Runs[i]);
            }
        });

    private static bool Continues(int from, int to) => from < 0 ? to < 0 : to == from + 1;
}
