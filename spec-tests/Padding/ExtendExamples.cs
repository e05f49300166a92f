using ConvSpec.Padding;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Padding;

/// <summary>The boundary index maps, read off the pictures in Boundary's doc comment (in1 = a b c d, n = 4).</summary>
public class ExtendExamples
{
    [Fact]
    public void Fill_reads_inside_only()
    {
        Assert.Null(Extend.Spec.Index(-1, 4, Boundary.Fill));
        Assert.Equal(0, Extend.Spec.Index(0, 4, Boundary.Fill));
        Assert.Equal(3, Extend.Spec.Index(3, 4, Boundary.Fill));
        Assert.Null(Extend.Spec.Index(4, 4, Boundary.Fill));
    }

    /// <summary>wrap: a b c d | a b c d | a b c d.</summary>
    [Fact]
    public void Wrap_is_periodic_with_period_n()
    {
        int?[] expected = [0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3];
        Assert.Equal(expected, Enumerable.Range(-4, 12).Select(i => Extend.Spec.Index(i, 4, Boundary.Wrap)));
        Assert.Equal(3, Extend.Spec.Index(-9, 4, Boundary.Wrap));
    }

    /// <summary>symm: d c b a | a b c d | d c b a, period 2n.</summary>
    [Fact]
    public void Symm_mirrors_with_the_edge_repeated()
    {
        int?[] expected = [3, 2, 1, 0, 0, 1, 2, 3, 3, 2, 1, 0, 0, 1];
        Assert.Equal(expected, Enumerable.Range(-4, 14).Select(i => Extend.Spec.Index(i, 4, Boundary.Symm)));
        Assert.Equal(0, Extend.Spec.Index(-9, 4, Boundary.Symm));
        Assert.Equal(0, Extend.Spec.Index(5, 1, Boundary.Symm));
    }

    [Fact]
    public void An_unknown_boundary_is_an_error() =>
        Reject.Named<ArgumentOutOfRangeException>("boundary", () => Extend.Spec.Index(0, 4, (Boundary)3));
}
