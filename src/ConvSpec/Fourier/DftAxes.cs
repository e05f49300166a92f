using ConvSpec.Shapes;
using ConvSpec.Validation;

namespace ConvSpec.Fourier;

/// <summary>The <c>axes</c> argument of the N-D transforms, with NumPy's rules (shared by Spec and Fast).</summary>
public static class DftAxes
{
    /// <summary>
    /// The axes to transform, in order: null means every axis 0..r−1; −r ≤ a &lt; r with negative a counting from
    /// the end; repeats are kept (the axis is transformed again). Every transformed axis must be non-empty.
    /// </summary>
    public static int[] Normalise(IReadOnlyList<int> shape, IReadOnlyList<int>? axes, string name = "axes")
    {
        Preconditions.NotNull(shape, nameof(shape));
        var rank = shape.Count;
        var result = axes is null
            ? Enumerable.Range(0, rank).ToArray()
            : axes.Select(a =>
            {
                Preconditions.Require(a >= -rank && a < rank, name,
                    $"axis {a} is out of range for rank {rank} (allowed {-rank}..{rank - 1})");
                return a < 0 ? a + rank : a;
            }).ToArray();
        foreach (var a in result)
            Preconditions.Require(shape[a] > 0, name,
                $"cannot transform axis {a} of extent 0 (shape {ShapeText.Of(shape)})");
        return result;
    }
}
