using System.Text.Json;
using ConvSpec.Protocol;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>Reading request arguments by name: every getter names the argument in its errors.</summary>
public class EvalArgsExamples
{
    private static EvalArgs Args(string json) => new("op", JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Absent_and_null_arguments_take_the_fallback()
    {
        var args = Args("{\"a\":null}");
        Assert.False(args.Has("a"));
        Assert.False(args.Has("b"));
        Assert.Null(args.Raw("a"));
        Assert.Equal("f", args.Choice("a", "f", "x"));
        Assert.Equal("f", args.String("b", "f"));
        Assert.Equal(5, args.Integer("b", 5));
        Assert.Equal(0.5, args.Real("b", 0.5));
        Assert.True(args.Flag("b", true));
        Assert.Null(args.IntegerList("b"));
        Assert.Null(args.OptionalTensor("b"));
        args.RejectUnknown();
        Assert.Equal("op", args.Op);
        Args("null").RejectUnknown();
        new EvalArgs("op", default).RejectUnknown();
        Assert.StartsWith("args: must be an object (got string)", Reject.Named<ArgumentException>("args", () => Args("\"x\"")).Message);
    }

    [Fact]
    public void Required_arguments_must_be_present()
    {
        Assert.Equal("x: required argument of op is missing", Reject.Named<ArgumentException>("x", () => Args("{}").Tensor("x")).Message.Split(" (Parameter")[0]);
        Reject.Named<ArgumentException>("x", () => Args("{}").Integer("x"));
        Assert.Equal(3, Args("{\"x\":3}").Integer("x"));
        Assert.Equal(new long[] { 1 }, Args("{\"x\":[1]}").Tensor("x").Data);
        Assert.Equal(new long[] { 2 }, Args("{\"x\":[2]}").OptionalTensor("x")!.Data);
    }

    [Fact]
    public void Choices_strings_and_integers_are_checked()
    {
        Assert.Equal("valid", Args("{\"m\":\"valid\"}").Choice("m", "full", "full", "valid"));
        Assert.Equal("1", Args("{\"m\":1}").Choice("m", "full", "1", "2"));
        Assert.Contains("must be one of full, valid (got Valid)", Reject.Named<ArgumentException>("m", () => Args("{\"m\":\"Valid\"}").Choice("m", "full", "full", "valid")).Message);
        Assert.Equal("s", Args("{\"m\":\"s\"}").String("m", "f"));
        Assert.Contains("must be a string (got 1)", Reject.Named<ArgumentException>("m", () => Args("{\"m\":1}").String("m", "f")).Message);
        Assert.Equal(-7, Args("{\"k\":-7}").Integer("k", 0));
        Assert.Contains("must be an integer (got 1.0)", Reject.Named<ArgumentException>("k", () => Args("{\"k\":1.0}").Integer("k", 0)).Message);
        Reject.Named<ArgumentException>("k", () => Args("{\"k\":1e3}").Integer("k", 0));
        Reject.Named<ArgumentException>("k", () => Args("{\"k\":\"1\"}").Integer("k", 0));
        Reject.Named<ArgumentException>("k", () => Args("{\"k\":9223372036854775808}").Integer("k", 0));
    }

    [Fact]
    public void Reals_flags_and_integer_lists()
    {
        Assert.Equal(2.5, Args("{\"r\":2.5}").Real("r", 0));
        Assert.Equal(3.0, Args("{\"r\":3}").Real("r", 0));
        Assert.Equal(double.NegativeInfinity, Args("{\"r\":\"-Infinity\"}").Real("r", 0));
        Assert.Contains("must be a real number (got [1])", Reject.Named<ArgumentException>("r", () => Args("{\"r\":[1]}").Real("r", 0)).Message);
        Reject.Named<ArgumentException>("r", () => Args("{\"r\":{\"dtype\":\"complex128\",\"shape\":[],\"data\":[[1,1]]}}").Real("r", 0));
        Assert.True(Args("{\"f\":true}").Flag("f", false));
        Assert.False(Args("{\"f\":false}").Flag("f", true));
        Assert.True(Args("{\"f\":1}").Flag("f", false));
        Assert.False(Args("{\"f\":0}").Flag("f", true));
        Assert.Contains("must be true, false, 0 or 1 (got 2)", Reject.Named<ArgumentException>("f", () => Args("{\"f\":2}").Flag("f", false)).Message);
        Reject.Named<ArgumentException>("f", () => Args("{\"f\":\"true\"}").Flag("f", false));
        Reject.Named<ArgumentException>("f", () => Args("{\"f\":0.5}").Flag("f", false));
        Assert.Equal(new long[] { 1, -2 }, Args("{\"l\":[1,-2]}").IntegerList("l"));
        Assert.Equal(new long[] { 4 }, Args("{\"l\":4}").IntegerList("l", allowScalar: true));
        Assert.Contains("must be a list of integers (got 4)", Reject.Named<ArgumentException>("l", () => Args("{\"l\":4}").IntegerList("l")).Message);
        Reject.Named<ArgumentException>("l", () => Args("{\"l\":\"4\"}").IntegerList("l", allowScalar: true));
        Reject.Named<ArgumentException>("l", () => Args("{\"l\":[1.5]}").IntegerList("l"));
    }

    [Fact]
    public void Unknown_arguments_are_named_first_in_order()
    {
        var args = Args("{\"b\":1,\"zz\":2,\"a\":3,\"y\":4}");
        args.Integer("b", 0);
        args.Integer("a", 0);
        var e = Assert.Throws<ArgumentException>(args.RejectUnknown);
        Assert.Equal("y", e.ParamName);
        Assert.StartsWith("args: unknown argument 'y' for op (known: a, b)", e.Message);
    }
}
