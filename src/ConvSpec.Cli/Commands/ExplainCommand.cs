using System.CommandLine;
using System.Numerics;
using System.Text.Json;
using ConvSpec.Cli.Explain;
using ConvSpec.Protocol;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;

namespace ConvSpec.Cli.Commands;

/// <summary>
/// <c>convspec explain toeplitz</c> and <c>convspec explain doubly-block-toeplitz</c>: the notes' construction of
/// convolution as a matrix product, printed step by step for small inputs given as JSON (default: the notes' example).
/// </summary>
public sealed class ExplainCommand : ICliCommand
{
    public Command Build()
    {
        var command = new Command("explain", "Show, step by step, how a convolution becomes a matrix product (the lecture notes' constructions)");
        command.Subcommands.Add(Toeplitz());
        command.Subcommands.Add(DoublyBlockToeplitz());
        return command;
    }

    private static Command Toeplitz()
    {
        var kernel = new Option<string>("--kernel") { Description = "1-D kernel h as JSON", DefaultValueFactory = _ => "[1, 2]" };
        var input = new Option<string>("--input") { Description = "1-D input x as JSON", DefaultValueFactory = _ => "[2, 5, 3]" };
        var mode = ModeOption();
        var kind = new Option<string>("--kind") { Description = "convolution or correlation", DefaultValueFactory = _ => "convolution" };
        kind.CompletionSources.Add("convolution", "correlation");
        var command = new Command("toeplitz", "The Toeplitz matrix T of a 1-D kernel and the product T x (default: the first row of the notes' example)")
        {
            kernel, input, mode, kind,
        };
        command.SetAction(parse => Run(parse, output =>
        {
            var (h, x) = Read(parse.GetValue(kernel)!, parse.GetValue(input)!, 1, "");
            var (m, k) = (ConvolutionModeNames.Parse(parse.GetValue(mode), "--mode"), ToeplitzKindNames.Parse(parse.GetValue(kind), "--kind"));
            Dispatch(h, x, new ToeplitzRun(output, m, k));
        }));
        return command;
    }

    private static Command DoublyBlockToeplitz()
    {
        var kernel = new Option<string>("--kernel") { Description = "2-D kernel h as JSON", DefaultValueFactory = _ => "[[1, 2], [3, 4]]" };
        var input = new Option<string>("--input") { Description = "2-D input f as JSON", DefaultValueFactory = _ => "[[2, 5, 3], [1, 4, 1]]" };
        var mode = ModeOption();
        var command = new Command("doubly-block-toeplitz", "The doubly block Toeplitz matrix H of a 2-D kernel and H vec(f) (default: the notes' example)")
        {
            kernel, input, mode,
        };
        command.SetAction(parse => Run(parse, output =>
        {
            var (h, f) = Read(parse.GetValue(kernel)!, parse.GetValue(input)!, 2, "; eval's doubly_block_toeplitz handles N-D");
            Dispatch(h, f, new BlockRun(output, ConvolutionModeNames.Parse(parse.GetValue(mode), "--mode")));
        }));
        return command;
    }

    /// <summary>--mode, checked when the command runs (a bad value is exit status 2, as every other bad argument).</summary>
    private static Option<string> ModeOption()
    {
        var mode = new Option<string>("--mode") { Description = "full, valid or same", DefaultValueFactory = _ => "full" };
        mode.CompletionSources.Add("full", "valid", "same");
        return mode;
    }

    /// <summary>
    /// Runs <paramref name="body"/> into a buffer and prints it; a bad argument prints only "convspec explain: message"
    /// to the error stream and exits with 2.
    /// </summary>
    private static int Run(ParseResult parse, Action<TextWriter> body)
    {
        var text = new StringWriter();
        try
        {
            body(text);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            parse.InvocationConfiguration.Error.WriteLine($"convspec explain: {ErrorType.MessageOf(e)}");
            return 2;
        }
        parse.InvocationConfiguration.Output.Write(text.ToString());
        return 0;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new ArgumentException(message);
    }

    /// <summary>--kernel and --input as real tensors of <paramref name="rank"/>; <paramref name="rankNote"/> follows a rank error.</summary>
    private static (TensorValue, TensorValue) Read(string kernelJson, string inputJson, int rank, string rankNote)
    {
        TensorValue Parse(string text, string name)
        {
            using var document = Json(text, name);
            var t = TensorJson.Read(document.RootElement, name);
            Require(!t.DType.IsComplex(), $"{name}: explain shows real inputs (got {t.DType.Name()})");
            Require(t.Length > 0, $"{name}: must not be empty");
            Require(t.Shape.Length == rank, $"{name}: must be a {rank}-D array (got rank {t.Shape.Length}{rankNote})");
            return t;
        }
        return (Parse(kernelJson, "--kernel"), Parse(inputJson, "--input"));
    }

    private static JsonDocument Json(string text, string name)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{name}: not JSON: {e.Message}");
        }
    }

    /// <summary>Integers stay integers (long, overflow checked); anything else is shown in double.</summary>
    private static void Dispatch(TensorValue kernel, TensorValue input, IRun run)
    {
        if (kernel.DType == DType.Int64 && input.DType == DType.Int64) run.Apply(kernel.AsInt64(), input.AsInt64());
        else run.Apply(kernel.AsDouble(), input.AsDouble());
    }

    private interface IRun
    {
        void Apply<T>(NdArray<T> kernel, NdArray<T> input)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>;
    }

    private sealed record ToeplitzRun(TextWriter Output, ConvolutionMode Mode, ToeplitzKind Kind) : IRun
    {
        public void Apply<T>(NdArray<T> kernel, NdArray<T> input)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            ToeplitzExplainer.Write(Output, kernel.Data, input.Data, Mode, Kind);
    }

    private sealed record BlockRun(TextWriter Output, ConvolutionMode Mode) : IRun
    {
        public void Apply<T>(NdArray<T> kernel, NdArray<T> input)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            DoublyBlockToeplitzExplainer.Write(Output, input, kernel, Mode);
    }
}
