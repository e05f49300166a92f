using System.CommandLine;
using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Cli.Commands;

/// <summary><c>convspec demo</c>: the notes' worked examples evaluated through the spec, printed.</summary>
public sealed class DemoCommand : ICliCommand
{
    public Command Build()
    {
        var command = new Command("demo", "Evaluate the lecture notes' worked examples through the spec and print them");
        command.SetAction(parse =>
        {
            Run(parse.InvocationConfiguration.Output);
            return 0;
        });
        return command;
    }

    /// <summary>Prints each worked example with its inputs and the spec's result.</summary>
    public static void Run(TextWriter output)
    {
        var a = NdArray<long>.Matrix(new long[,] { { 2, 5, 3 }, { 1, 4, 1 } });
        var b = NdArray<long>.Matrix(new long[,] { { 1, 2 }, { 3, 4 } });
        output.WriteLine("Notes, 2-D convolution (doubly block Toeplitz example; scipy.signal.convolve2d(a, b)):");
        output.WriteLine($"  a     = {a}");
        output.WriteLine($"  b     = {b}");
        output.WriteLine($"  a * b = {Convolve.Spec.Full(a, b)}");
        output.WriteLine("Notes, discrete case c_k = sum_i a_i b_(k-i):");
        long[] x = [1, 2, 3], h = [0, 1, 2];
        output.WriteLine($"  [1, 2, 3] * [0, 1, 2] = [{string.Join(", ", Convolve.Spec.Full(x, h))}]");
        output.WriteLine("Notes, cross-correlation (convolution without flipping the kernel), valid:");
        var image = NdArray<long>.Matrix(new long[,] { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } });
        var kernel = NdArray<long>.Matrix(new long[,] { { 1, 0 }, { 0, -1 } });
        output.WriteLine($"  I = {image}");
        output.WriteLine($"  K = {kernel}");
        output.WriteLine($"  S(i,j) = sum_m sum_n I(i+m, j+n) K(m,n) = {Correlate.Spec.Apply(image, kernel, ConvolutionMode.Valid)}");
        output.WriteLine("Notes, edge detection by a two-element kernel: a 320-wide row gives 319 outputs:");
        output.WriteLine($"  valid length of 320 with 2 = {OutputSize.Valid(320, 2)}");
    }
}
