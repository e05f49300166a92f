namespace ConvSpec.Protocol.Operations;

/// <summary>
/// The output-shape law of one operator, for the <c>output_shape</c> op. Implementations anywhere in the
/// ConvSpec assembly with a parameterless constructor are found by reflection, so each operator family adds
/// its own rule in its own file.
/// </summary>
public interface IOutputShapeRule
{
    /// <summary>The operator's name as <c>output_shape</c>'s <c>op</c> argument spells it (e.g. "Conv").</summary>
    string Name { get; }

    /// <summary>The output shape, read from the remaining arguments (not calling <see cref="EvalArgs.RejectUnknown"/>).</summary>
    int[] Shape(EvalArgs args);
}
