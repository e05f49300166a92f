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
        kind.AcceptOnlyFromAmong("convolution", "correlation");
        var command = new Command("toeplitz", "The Toeplitz matrix T of a 1-D kernel and the product T x (default: the first row of the notes' example)")
        {
            kernel, input, mode, kind,
        };
        command.SetAction(parse => Run(() =>
        {
            var (h, x) = Read(parse.GetValue(kernel)!, "kernel", parse.GetValue(input)!, "input");
            Require(h.Shape.Length == 1 && x.Shape.Length == 1, "--kernel and --input must be 1-D arrays");
            var (m, k) = (ConvolutionModeNames.Parse(parse.GetValue(mode)), ToeplitzKindNames.Parse(parse.GetValue(kind)));
            Dispatch(h, x, new ToeplitzRun(m, k));
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
        command.SetAction(parse => Run(() =>
        {
            var (h, f) = Read(parse.GetValue(kernel)!, "kernel", parse.GetValue(input)!, "input");
            Require(h.Shape.Length == 2 && f.Shape.Length == 2, "--kernel and --input must be 2-D arrays (eval's doubly_block_toeplitz handles N-D)");
            Dispatch(h, f, new BlockRun(ConvolutionModeNames.Parse(parse.GetValue(mode))));
        }));
        return command;
    }

    private static Option<string> ModeOption()
    {
        var mode = new Option<string>("--mode") { Description = "full, valid or same", DefaultValueFactory = _ => "full" };
        mode.AcceptOnlyFromAmong("full", "valid", "same");
        return mode;
    }

    /// <summary>Runs <paramref name="body"/>; a bad argument prints "convspec explain: message" and exits with 2.</summary>
    private static int Run(Action body)
    {
        try
        {
            body();
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or JsonException or OverflowException)
        {
            Console.Error.WriteLine($"convspec explain: {e.Message}");
            return 2;
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new ArgumentException(message);
    }

    private static (TensorValue, TensorValue) Read(string kernelJson, string kernelName, string inputJson, string inputName)
    {
        TensorValue Parse(string text, string name)
        {
            using var document = JsonDocument.Parse(text);
            var t = TensorJson.Read(document.RootElement, name);
            Require(!t.DType.IsComplex(), $"--{name}: explain shows real inputs (got {t.DType.Name()})");
            Require(t.Length > 0, $"--{name}: must not be empty");
            return t;
        }
        return (Parse(kernelJson, kernelName), Parse(inputJson, inputName));
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

    private sealed record ToeplitzRun(ConvolutionMode Mode, ToeplitzKind Kind) : IRun
    {
        public void Apply<T>(NdArray<T> kernel, NdArray<T> input)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            ToeplitzExplainer.Write(Console.Out, kernel.Data, input.Data, Mode, Kind);
    }

    private sealed record BlockRun(ConvolutionMode Mode) : IRun
    {
        public void Apply<T>(NdArray<T> kernel, NdArray<T> input)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            DoublyBlockToeplitzExplainer.Write(Console.Out, input, kernel, Mode);
    }
}
