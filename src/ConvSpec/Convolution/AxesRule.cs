using ConvSpec.Shapes;
using ConvSpec.Validation;

namespace ConvSpec.Convolution;

/// <summary>
/// Which axes <c>fftconvolve</c>/<c>oaconvolve</c> sum over (validation shared by the fast paths): the requested
/// axes (all when null), normalised, less those of extent 1 in either input; the others must have equal extents
/// or extent 1 (they broadcast).
/// </summary>
internal static class AxesRule
{
    public static int[] Convolved(IReadOnlyList<int> shape1, IReadOnlyList<int> shape2, IReadOnlyList<int>? axes)
    {
        var rank = shape1.Count;
        Preconditions.Require(axes is null || axes.Count > 0, nameof(axes), "when given, must not be empty");
        var requested = axes ?? Enumerable.Range(0, rank).ToArray();
        var normal = requested.Select(a => a >= -rank && a < rank
            ? (a + rank) % rank
            : throw new ArgumentOutOfRangeException(nameof(axes), a, $"axes: axis {a} is out of range for rank {rank}")).ToArray();
        Preconditions.Require(normal.Distinct().Count() == normal.Length, nameof(axes), $"must be unique (got {string.Join(", ", requested)})");
        var convolved = normal.Where(a => shape1[a] != 1 && shape2[a] != 1).Order().ToArray();
        for (var d = 0; d < rank; d++)
            Preconditions.Require(convolved.Contains(d) || shape1[d] == shape2[d] || shape1[d] == 1 || shape2[d] == 1, "in2",
                $"incompatible shapes for in1 and in2 on axis {d}, which is not convolved (got {ShapeText.Of(shape1)} and {ShapeText.Of(shape2)}): extents must be equal or 1");
        return convolved;
    }
}
