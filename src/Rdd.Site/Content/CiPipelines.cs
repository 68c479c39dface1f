namespace Rdd.Site.Content;

/// <summary>
/// The pipeline <c>rdd new --ci github|gitlab</c> writes next to the content: <c>rdd check</c> on every push, and on
/// the main branch <c>rdd build</c> with the base path of a project page, published to GitHub or GitLab Pages. The
/// folder <c>rdd new</c> creates is the repository's root: the pipeline sits where git expects it and runs on <c>.</c>.
/// </summary>
public static class CiPipelines
{
    /// <summary>The codes of <c>--ci</c>, with the labels of the welcome page's list (« Aucune » first, its code empty).</summary>
    public static IReadOnlyList<(string Code, string Label)> Choices { get; } = [("", "Aucune"), ("github", "GitHub Pages"), ("gitlab", "GitLab Pages")];

    /// <summary>Whether <paramref name="code"/> is one of <see cref="Choices"/>.</summary>
    /// <param name="code">A code as typed, or null for none.</param>
    /// <returns>Whether it is known.</returns>
    public static bool IsKnown(string? code) => code is null || Choices.Any(c => c.Code == code);

    /// <summary>Adds the pipeline of <paramref name="code"/> to the files of a new content folder.</summary>
    /// <param name="files">The files of <see cref="Scaffold.Files"/>, by relative path.</param>
    /// <param name="code">A code of <see cref="Choices"/>; null or empty for none.</param>
    /// <returns>The files, the pipeline's among them.</returns>
    public static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> files, string? code)
    {
        ArgumentNullException.ThrowIfNull(files);
        var all = new SortedDictionary<string, string>(files.ToDictionary(), StringComparer.Ordinal);
        switch (code)
        {
            case "github":
                all[".github/workflows/rdd.yml"] = GitHub;
                break;
            case "gitlab":
                all[".gitlab-ci.yml"] = GitLab;
                break;
        }

        return all;
    }

    private const string GitHub = """
        # Vérifie le rapport à chaque envoi (push) ; sur la branche principale, construit le site et le publie sur
        # GitHub Pages (Settings > Pages > Source : GitHub Actions). Le dossier de contenu est la racine du dépôt.
        name: rdd
        on:
          push:
          workflow_dispatch:
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              - run: dotnet tool install --global Rdd.Site
              - run: rdd check . --format github
              - if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
                run: rdd build . -o ../_site --base-path /${{ github.event.repository.name }}/
              - if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
                uses: actions/upload-pages-artifact@v3
                with:
                  path: ../_site
          deploy:
            if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
            needs: build
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;

    private const string GitLab = """
        # Vérifie le rapport à chaque pipeline ; sur la branche principale, construit le site et le publie sur
        # GitLab Pages. Le dossier de contenu est la racine du dépôt.
        default:
          image: mcr.microsoft.com/dotnet/sdk:10.0
          before_script:
            - dotnet tool install --global Rdd.Site
            - export PATH="$PATH:$HOME/.dotnet/tools"
        check:
          stage: test
          script:
            - rdd check .
        pages:
          stage: deploy
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
          script:
            - rdd build . -o ../public --base-path /$CI_PROJECT_NAME/
            - mv ../public public
          artifacts:
            paths:
              - public

        """;
}
