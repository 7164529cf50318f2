using System.Globalization;

namespace Bff.Deploy.Tests.Support;

/// <summary>The TCP ports something listens on in this network namespace, read from /proc/net/tcp and tcp6 (any address).</summary>
public static class Listeners
{
    private const string ListenState = "0A";

    /// <summary>Every port in the LISTEN state right now.</summary>
    public static IReadOnlySet<int> Ports()
    {
        var ports = new HashSet<int>();
        foreach (var file in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                // "sl local_address rem_address st ...": local_address is ADDRESS:PORT in hex.
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 3 && fields[3] == ListenState)
                {
                    ports.Add(int.Parse(fields[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                }
            }
        }

        return ports;
    }
}
