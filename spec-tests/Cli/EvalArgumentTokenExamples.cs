using ConvSpec.Cli.Commands;

namespace ConvSpec.SpecTests.Cli;

/// <summary>How <c>convspec eval --ARG VALUE ...</c> splits its tokens into arguments and --out-FIELD paths, and names extra outputs.</summary>
public class EvalArgumentTokenExamples
{
    [Fact]
    public void Out_field_options_are_paths_and_every_other_option_an_argument()
    {
        var (args, outs, usage) = EvalFiles.Parse(["--in1", "a.npy", "--out-indices", "i.npy", "--mode", "same", "--out-argmax", "m.npy"]);
        Assert.Null(usage);
        Assert.Equal("""{"in1":{"npy":"a.npy"},"mode":"same"}""", args.ToJsonString());
        Assert.Equal(new Dictionary<string, string> { ["indices"] = "i.npy", ["argmax"] = "m.npy" }, outs);
    }

    [Fact]
    public void A_bare_double_dash_is_not_an_option_name() =>
        Assert.Equal("expected an option --NAME, got '--'", EvalFiles.Parse(["--", "1"]).Usage);

    [Fact]
    public void The_default_extra_path_puts_the_field_before_npy_or_after_a_name_without_it() =>
        Assert.Equal(("c.indices.npy", "c.indices.npy", "result.indices.npy"),
            (EvalFiles.ExtraPath("c.npy", "indices"), EvalFiles.ExtraPath("c.NPY", "indices"), EvalFiles.ExtraPath("result", "indices")));
}
