namespace ConvSpec.Protocol;

public interface IOutputShapeRule { string Name { get; } int[] Shape(EvalArgs args); }
