namespace ConvSpec.Protocol;

/// <summary>
/// One operation of <c>convspec eval</c>. Implementations are found by reflection (<see cref="EvalOperations"/>),
/// so adding an operation is adding a class. Bad arguments throw <see cref="ArgumentException"/>
/// (invalid_argument), <see cref="NotSupportedException"/> (unsupported) or <see cref="OverflowException"/> (overflow).
/// </summary>
public interface IEvalOperation
{
    /// <summary>The <c>op</c> name on the wire.</summary>
    string Name { get; }

    /// <summary>Computes the answer; must call <see cref="EvalArgs.RejectUnknown"/> after reading its arguments.</summary>
    EvalResult Evaluate(EvalArgs args);
}
