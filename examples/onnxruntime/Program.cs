using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Examples;
using ConvSpec.Examples.OnnxRuntime;
using ConvSpec.Protocol;

// Judges ONNX Runtime's CPU kernels with ConvSpec's conformance engine (ConformanceCheck, the engine of
// `convspec check`) in process, with a fixed seed: Conv, MaxPool (with Indices), AveragePool, LpPool and the
// global pools, each request a one-node model. `one OP ARGS` prints ONNX Runtime's and ConvSpec's answers to one
// request (to replay a counterexample); `[seed] [count]` runs the check. Inputs are float32: ONNX Runtime's CPU
// provider has no float64 kernel for most of these operators (it answers NOT_IMPLEMENTED, i.e. unsupported).
if (args is ["one", var oneOp, var oneArgs])
{
    var request = JsonNode.Parse(oneArgs)!.AsObject();
    Console.WriteLine($"onnxruntime: {OrtCandidate.Answer(oneOp, request).ToJsonString()}");
    Console.WriteLine($"convspec:    {Wire.ConvSpec(oneOp, request).ToJsonString()}");
    using var candidate = new DelegateCandidate("onnxruntime", OrtCandidate.Answer);
    var verdict = CaseJudge.Judge(candidate, CaseGenerators.Find(oneOp), request, new CheckOptions());
    Console.WriteLine($"verdict:     {verdict.Kind} {verdict.Detail} (worst error / bound {verdict.WorstFraction:G3})");
    return 0;
}
var (seed, count) = (CheckRun.SeedFrom(args), CheckRun.CountFrom(args));
Console.WriteLine($"ONNX Runtime {Microsoft.ML.OnnxRuntime.OrtEnv.Instance().GetVersionString()} vs ConvSpec");
var passed = true;
foreach (var op in new[] { "Conv", "MaxPool", "AveragePool", "LpPool", "GlobalMaxPool", "GlobalAveragePool", "GlobalLpPool" })
    passed &= CheckRun.Run($"onnxruntime {op}", OrtCandidate.Answer, [op], count, seed, true, DType.Float32);
// Again with the known bugs answered unsupported, to see what else disagrees and how close the rest comes to the bound.
foreach (var op in new[] { "MaxPool", "AveragePool", "GlobalMaxPool" })
    passed &= CheckRun.Run($"onnxruntime {op}, known bugs not covered", OrtCandidate.AnswerAvoidingKnownBugs, [op], count, seed, true, DType.Float32);
return passed ? 0 : 1;
