namespace ConvSpec.Shapes;

/// <summary>Shapes written the way error messages and docs write them: 2x3, or () for a scalar.</summary>
public static class ShapeText
{
    /// <summary>"2x3x4"; "()" for rank 0.</summary>
    public static string Of(IReadOnlyList<int> shape) => shape.Count == 0 ? "()" : string.Join("x", shape);
}
