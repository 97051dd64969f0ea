using GuestLoop.Domain.Search;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace GuestLoop.Web.Features.Triage;

/// <summary>
/// One multiclass text classifier (ML.NET, SDCA maximum entropy) from a case's title and description to a label — a
/// category or a severity. Chinese has no spaces, so the text is first cut into the search index's CJK bigrams and
/// Latin words; the featuriser adds single characters, so a one-character word (脏, 贵) still counts.
/// </summary>
public sealed class TriageClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;
    private readonly Lock _gate = new();
    private PredictionEngine<TriageText, TriagePrediction>? _engine;

    private TriageClassifier(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
    }

    /// <summary>Trains on labelled texts. Fixed seed and one thread: the same cases give the same model.</summary>
    public static TriageClassifier Train(IEnumerable<(string Title, string Description, string Label)> examples)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new TriageText { Text = Text(e.Title, e.Description), Label = e.Label }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepPunctuations = false,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(TriageText.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 100,
                L2Regularization = 1e-4f,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new TriageClassifier(ml, pipeline.Fit(data), data.Schema);
    }

    public static TriageClassifier Load(byte[] bytes)
    {
        var ml = new MLContext(seed: 1);
        using var stream = new MemoryStream(bytes);
        var model = ml.Model.Load(stream, out var schema);
        return new TriageClassifier(ml, model, schema);
    }

    public byte[] Save()
    {
        using var stream = new MemoryStream();
        _ml.Model.Save(_model, _schema, stream);
        return stream.ToArray();
    }

    /// <summary>The most likely label and its probability.</summary>
    public (string Label, double Probability) Predict(string title, string? description)
    {
        // A prediction engine is not thread-safe; requests for one enterprise share this classifier.
        lock (_gate)
        {
            _engine ??= _ml.Model.CreatePredictionEngine<TriageText, TriagePrediction>(_model, inputSchema: _schema);
            var prediction = _engine.Predict(new TriageText { Text = Text(title, description), Label = string.Empty });
            return (prediction.PredictedLabel, prediction.Score.Length == 0 ? 0 : prediction.Score.Max());
        }
    }

    /// <summary>Share of the examples whose label this classifier predicts.</summary>
    public double Accuracy(IReadOnlyCollection<(string Title, string Description, string Label)> examples) =>
        examples.Count == 0 ? 0 : (double)examples.Count(e => Predict(e.Title, e.Description).Label == e.Label) / examples.Count;

    private static string Text(string title, string? description) => SearchTerms.Document(title, description);

    private sealed class TriageText
    {
        public string Text { get; set; } = string.Empty;
        public string Label { get; set; } = string.Empty;
    }

    private sealed class TriagePrediction
    {
        public string PredictedLabel { get; set; } = string.Empty;
        public float[] Score { get; set; } = [];
    }
}
