namespace ConvSpec.SpecTests.TestSupport;

/// <summary>
/// One refused call of the library's API: the exception's exact type, its ParamName (for the ArgumentException family)
/// and a part of its message that names the rule, so that a check removed, a parameter name lost or a rule's text
/// lost each fail the case.
/// </summary>
public sealed record ArgumentCase(Func<object?> Call, Type Exception, string? Param, string Message)
{
    public static ArgumentCase Null(Func<object?> call, string param) =>
        new(call, typeof(ArgumentNullException), param, $"{param}: must not be null");

    public static ArgumentCase Rule(Func<object?> call, string param, string rule) =>
        new(call, typeof(ArgumentException), param, $"{param}: {rule}");

    public static ArgumentCase Range(Func<object?> call, string param, string rule) =>
        new(call, typeof(ArgumentOutOfRangeException), param, $"{param}: {rule}");

    /// <summary>Calls and checks: the exact type, ParamName, and the message fragment.</summary>
    public void Refuses()
    {
        var e = Record.Exception(Call);
        Assert.NotNull(e);
        Assert.IsType(Exception, e);
        if (e is ArgumentException a) Assert.Equal(Param, a.ParamName);
        Assert.Contains(Message, e.Message);
    }
}
