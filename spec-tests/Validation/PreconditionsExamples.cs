using ConvSpec.Validation;

namespace ConvSpec.SpecTests.Validation;

/// <summary>Every check throws the ArgumentException kind that names the argument, with "name: rule (got ...)".</summary>
public class PreconditionsExamples
{
    private static string Text(ArgumentException e) => e.Message.Split(" (Parameter '")[0];

    [Fact]
    public void NotNull_returns_the_value_or_names_the_argument()
    {
        var s = "x";
        Assert.Same(s, Preconditions.NotNull(s, "s"));
        var e = Assert.Throws<ArgumentNullException>(() => Preconditions.NotNull<string>(null, "s"));
        Assert.Equal("s", e.ParamName);
        Assert.Equal("s: must not be null", Text(e));
    }

    [Fact]
    public void Require_throws_only_when_the_condition_fails()
    {
        Preconditions.Require(true, "x", "rule");
        var e = Assert.Throws<ArgumentException>(() => Preconditions.Require(false, "x", "must be odd"));
        Assert.Equal("x", e.ParamName);
        Assert.Equal("x: must be odd", Text(e));
    }

    [Fact]
    public void AtLeast_accepts_the_minimum_and_rejects_below()
    {
        Assert.Equal(3, Preconditions.AtLeast(3, 3, "k"));
        Assert.Equal(4, Preconditions.AtLeast(4, 3, "k"));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.AtLeast(2, 3, "k"));
        Assert.Equal("k", e.ParamName);
        Assert.Equal(2, e.ActualValue);
        Assert.StartsWith("k: must be at least 3 (got 2)", e.Message);
    }

    [Fact]
    public void Defined_rejects_values_outside_the_enum()
    {
        Assert.Equal(DayOfWeek.Friday, Preconditions.Defined(DayOfWeek.Friday, "d"));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.Defined((DayOfWeek)9, "d"));
        Assert.Equal("d", e.ParamName);
        Assert.StartsWith("d: 9 is not a DayOfWeek", e.Message);
    }

    [Fact]
    public void SameRank_names_the_second_argument()
    {
        Preconditions.SameRank(2, 2, "a", "b");
        var e = Assert.Throws<ArgumentException>(() => Preconditions.SameRank(2, 3, "a", "b"));
        Assert.Equal("b", e.ParamName);
        Assert.Equal("b: must have the same rank as a (got rank 2 and rank 3)", Text(e));
    }

    [Fact]
    public void NotEmpty_rejects_any_zero_extent()
    {
        Preconditions.NotEmpty([2, 1], "t");
        Preconditions.NotEmpty([], "t");
        var e = Assert.Throws<ArgumentException>(() => Preconditions.NotEmpty([2, 0], "t"));
        Assert.Equal("t", e.ParamName);
        Assert.Equal("t: must not be empty (shape 2x0)", Text(e));
    }
}
