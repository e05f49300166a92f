namespace ConvSpec.Protocol;

/// <summary>The output-shape rule of one operation, for the <c>output_shape</c> op; found by reflection.</summary>
public interface IOutputShapeRule { string Name { get; } int[] Shape(EvalArgs args); }
