using System.Text.Json;
using System.Text.Json.Serialization;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Json;

/// <summary>
/// A budget cell as <c>{"euros": 1250.5}</c> when the amount is given, <c>{"notGiven": true}</c> when the report
/// declares it « non communiqué », either with an optional <c>"note"</c>.
/// </summary>
/// <remarks>
/// The explicit <c>notGiven</c> keeps three cases apart that a bare <c>"euros": null</c> would blur: an amount, an
/// amount declared not given, and a cell the report does not fill at all (the property is then absent).
/// </remarks>
internal sealed class BudgetAmountConverter : JsonConverter<BudgetAmount>
{
    internal const string EurosName = "euros";
    internal const string NotGivenName = "notGiven";
    internal const string NoteName = "note";

    private const string Shape = "une cellule de budget s'écrit {\"euros\": 1234.5} ou {\"notGiven\": true}, avec éventuellement \"note\"";

    public override BudgetAmount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(Shape + ".");
        }

        decimal? euros = null;
        bool? notGiven = null;
        string? note = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString() ?? string.Empty;
            if (!seen.Add(name))
            {
                throw new JsonException($"la propriété « {name} » apparaît deux fois dans la cellule de budget.");
            }

            reader.Read();
            switch (name)
            {
                case EurosName when reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value):
                    euros = value;
                    break;
                case NotGivenName when reader.TokenType is JsonTokenType.True:
                    notGiven = true;
                    break;
                case NoteName when reader.TokenType is JsonTokenType.String or JsonTokenType.Null:
                    note = reader.GetString();
                    break;
                case EurosName or NotGivenName or NoteName:
                    throw new JsonException($"valeur invalide pour « {name} » : {Shape}.");
                default:
                    throw new JsonException($"propriété « {name} » inconnue : {Shape}.");
            }
        }

        return (euros, notGiven) switch
        {
            ({ } amount, null) => BudgetAmount.Given(amount) with { Note = note },
            (null, true) => BudgetAmount.NotGiven(note),
            _ => throw new JsonException($"« euros » et « notGiven » s'excluent et l'un des deux est requis : {Shape}."),
        };
    }

    public override void Write(Utf8JsonWriter writer, BudgetAmount value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Euros is { } euros)
        {
            writer.WriteNumber(EurosName, euros);
        }
        else
        {
            writer.WriteBoolean(NotGivenName, true);
        }

        if (value.Note is not null)
        {
            writer.WriteString(NoteName, value.Note);
        }

        writer.WriteEndObject();
    }
}
