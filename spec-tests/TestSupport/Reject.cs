namespace ConvSpec.SpecTests.TestSupport;

/// <summary>Assertions on the library's error style: an ArgumentException-family error naming the argument, "name: rule".</summary>
public static class Reject
{
    /// <summary>
    /// <paramref name="action"/> throws exactly <typeparamref name="TException"/> whose ParamName is
    /// <paramref name="name"/> and whose message starts with "<paramref name="name"/>:" and states a rule.
    /// </summary>
    public static TException Named<TException>(string name, Action action) where TException : ArgumentException
    {
        var e = Assert.Throws<TException>(action);
        Assert.Equal(name, e.ParamName);
        var text = e.Message.Split(" (Parameter '")[0];
        Assert.StartsWith(name + ":", text);
        Assert.False(string.IsNullOrWhiteSpace(text[(name.Length + 1)..]), $"the message states no rule: {e.Message}");
        return e;
    }

    /// <summary>As <see cref="Named{TException}(string, Action)"/> for a function.</summary>
    public static TException Named<TException>(string name, Func<object?> action) where TException : ArgumentException =>
        Named<TException>(name, () => { action(); });
}
