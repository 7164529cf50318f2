using Google.Protobuf;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// Reads protobuf messages field by field, without their generated types (the OTLP types are internal to the
/// exporter): enough to walk an OTLP export request down to metric and span names.
/// </summary>
public static class Protobuf
{
    /// <summary>One field: its number, and its bytes (length-delimited) or number (varint).</summary>
    public readonly record struct Field(int Number, byte[]? Bytes, ulong Value);

    /// <summary>The fields of <paramref name="message"/> in order; fixed-width fields are skipped.</summary>
    public static IReadOnlyList<Field> Fields(byte[] message)
    {
        var input = new CodedInputStream(message);
        var fields = new List<Field>();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            var number = WireFormat.GetTagFieldNumber(tag);
            switch (WireFormat.GetTagWireType(tag))
            {
                case WireFormat.WireType.LengthDelimited:
                    fields.Add(new Field(number, input.ReadBytes().ToByteArray(), 0));
                    break;
                case WireFormat.WireType.Varint:
                    fields.Add(new Field(number, null, input.ReadUInt64()));
                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        }

        return fields;
    }

    /// <summary>The embedded messages (or strings' bytes) of field <paramref name="number"/>.</summary>
    public static IEnumerable<byte[]> All(byte[] message, int number) =>
        Fields(message).Where(f => f.Number == number && f.Bytes is not null).Select(f => f.Bytes!);

    /// <summary>The string in field <paramref name="number"/>, or null.</summary>
    public static string? String(byte[] message, int number) =>
        All(message, number).Select(b => System.Text.Encoding.UTF8.GetString(b)).FirstOrDefault();

    /// <summary>The varint in field <paramref name="number"/>, or 0.</summary>
    public static ulong Number(byte[] message, int number) =>
        Fields(message).Where(f => f.Number == number && f.Bytes is null).Select(f => f.Value).FirstOrDefault();
}
