using ConvSpec.Padding;

namespace ConvSpec.SpecTests.Padding;

/// <summary>Extend.Fast.Index against Extend.Spec.Index on every position within three periods of every small extent.</summary>
public class ExtendAgreement
{
    [Theory]
    [InlineData(Boundary.Fill)]
    [InlineData(Boundary.Wrap)]
    [InlineData(Boundary.Symm)]
    public void Fast_index_map_equals_the_spec_map(Boundary boundary)
    {
        for (var n = 1; n <= 9; n++)
            for (var i = -6 * n - 3; i <= 6 * n + 3; i++)
                Assert.Equal(Extend.Spec.Index(i, n, boundary), Extend.Fast.Index(i, n, boundary));
    }
}
