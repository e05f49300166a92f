using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The matrix generators break each rule they promise to break (toeplitz: a rank-2 kernel, n = 0, c with the kernel
/// form's arguments; doubly_block_toeplitz: an extent 0, an input_shape of another length; circulant: an argument it
/// does not take), and the spec rejects every such case naming that rule.
/// </summary>
public class MatrixMalformedCaseTests
{
    private static List<string> Rejections(string op, int count) =>
        Judged(op, count).Select(c => c.Response["error"]?["message"]?.GetValue<string>()).OfType<string>().ToList();

    private static void ReachesEach(List<string> rejections, params string[] rules)
    {
        foreach (var rule in rules) Assert.Contains(rejections, m => m.StartsWith(rule, StringComparison.Ordinal));
    }

    [Fact]
    public void Toeplitz_rejections_are_a_rank_2_kernel_n_0_and_c_with_the_kernel_form_each_reached()
    {
        string[] rules = ["kernel: must be 1-D (got rank 2)", "n: must be a positive integer (got 0)", "kernel: not allowed with c and r"];
        var rejections = Rejections("toeplitz", 800);
        ReachesEach(rejections, rules);
        Assert.All(rejections, m => Assert.Contains(rules, r => m.StartsWith(r, StringComparison.Ordinal)));
    }

    /// <summary>The c-with-kernel case carries the whole kernel form: without its kernel, its n is what is rejected.</summary>
    [Fact]
    public void Toeplitz_c_with_the_kernel_form_is_rejected_for_n_once_the_kernel_is_removed()
    {
        var mixed = Judged("toeplitz", 800).Select(c => c.Args).Where(a => a.ContainsKey("c") && a.ContainsKey("kernel")).ToList();
        Assert.NotEmpty(mixed);
        Assert.All(mixed, a =>
        {
            var withoutKernel = (System.Text.Json.Nodes.JsonObject)a.DeepClone();
            withoutKernel.Remove("kernel");
            Assert.StartsWith("n: not allowed with c and r", RejectionOf("toeplitz", withoutKernel) ?? "answered");
        });
    }

    [Fact]
    public void Doubly_block_toeplitz_rejections_reach_an_extent_0_and_an_input_shape_of_another_length() =>
        ReachesEach(Rejections("doubly_block_toeplitz", 600),
            "input_shape: extents must be positive integers (got 0)", "input_shape: must have one extent per kernel axis (got 1 extents for a rank-2 kernel)");

    [Fact]
    public void Circulant_rejections_are_each_of_the_argument_n_it_does_not_take()
    {
        var rejections = Rejections("circulant", 300);
        Assert.NotEmpty(rejections);
        Assert.All(rejections, m => Assert.StartsWith("args: unknown argument 'n' for circulant", m));
    }
}
