using BenchmarkDotNet.Running;
using ConvSpec.Bench.Peers;

// dotnet run -c Release --project bench -- peers [repeat]   .NET peers as JSON lines (used by `convspec bench`)
// dotnet run -c Release --project bench -- [BenchmarkDotNet args]   e.g. --filter '*Pair*' --job short
if (args.Length > 0 && args[0] == "peers")
{
    DotnetPeers.Run(args.Length > 1 ? int.Parse(args[1]) : 7, Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(DotnetPeers).Assembly).Run(args);
