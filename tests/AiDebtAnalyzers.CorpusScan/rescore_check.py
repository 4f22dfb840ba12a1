#!/usr/bin/env python3
"""Re-scores the committed verdicts of one independent check against the rules as a given scanner builds them.

usage: python3 rescore_check.py --scanner <CorpusScan.dll> --out <folder> [--rules-commit 4176122]
                                [--corpus /work/corpus] [--precision docs/precision] [--baseline <folder>]
                                [--reuse] [--rows] [--scanner-arg <argument>]... [verdict files ...]

Verdict files: the ones named, or every docs/precision/*-independent.tsv whose first comment line says
"rules at commit <--rules-commit>". Each file's comment lines give its code base ("paths relative to <corpus>/..."), the
exact scanner command of its check and its sampling command. For each file the tool
1. re-creates the scratch copy its command scans when the command names one ("<copy of ...>", "<copy holding ...>", see
   COPIES below) under <out>/copies, from the checkout under --corpus, or scans the checkout itself for a
   "<fresh>/<name>" clone at the header's commit (FRESH);
2. runs each distinct command once with the given scanner (`dotnet <scanner> <the command's arguments>`), its
   --findings into <out>/findings; --reuse keeps a findings file already there instead of scanning again. Each scan's
   times, load average and exit code go to <out>/scans.log;
3. joins the verdicts with the new findings through the existing joiners: clone_verdicts.py for AID101 (a judged group
   is kept when it is still reported as a warning; moved to info, folded into another finding of the same members, or
   gone otherwise), test_gap_verdicts.py's reader for AID301 (kept when a finding sits at the verdict's file:line;
   "listed" when another finding of the file lists the member), and for AID201/AID202 a finding of the rule at the
   verdict's file:line (magic_verdicts.py's "kept", every finding of the scan being reported by default; a line judged
   n times, n findings on one line, is kept while n findings are reported there, and its rows are "ambiguous" when
   fewer but some are: shown in the "gone" column apart and counted in no precision);
4. prints a markdown table per rule: per code base the judged findings, those still reported, genuine kept of genuine
   judged, noise kept of noise judged, the precision as built (genuine among the judged still reported), judged ones
   reported elsewhere (AID101: as info or folded; AID301: listed by another finding), the findings now (AID101: warning
   groups), those without a verdict, and with --baseline (the <out> folder of a run with the judged scanner, or any
   folder of the judged scan's findings files) those not in the judged scan.
--rows prints every verdict with its state after the tables. --scanner-arg appends an argument to every scan command
(repeatable; for instance --project-boundaries, which reports AID101 groups across projects that do not reference one
another as suggestions, as `aidebt scan` does). --only-rules AID201,AID202 keeps only those of each command's --rules (a
re-score of the magic-value verdicts needs no AID101 scan).
"""
import argparse
import collections
import datetime
import glob
import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.normpath(os.path.join(HERE, "..", ".."))
SCANNER_PREFIX = "dotnet run --project tests/AiDebtAnalyzers.CorpusScan -c Release --"

# The scratch copies the checks' commands name: (code base, the header's "<copy of ...>" text) -> the folder copied
# (under the corpus) and what is left out of it (globs relative to that folder; a folder match drops the whole folder).
# Each is the recipe of the check's docs/measuring.md section: generated EF Core migrations, or templates the project's
# build leaves out of its compilation (<Compile Remove="wwwroot\Modules\Templates\**" /> and the Themes one).
# The twenty-first check's second batch. ZXing.Net's library project Source/lib/netstandard/ZXing.Net.csproj
# compiles an explicit list (EnableDefaultCompileItems false): for its newest target, net9.0, the 47 files of its first
# Compile Include less BarcodeReader.ByteArray.cs (Compile Remove for net9.0), and aztec, client, common, datamatrix,
# imb, maxicode, multi, oned, pdf417, qrcode less client/result/optional, common/BigInteger, common/BitMatrix.Drawing.cs,
# common/BitMatrix.Silverlight.cs (its Exclude) and common/advanced/rowedge (Compile Remove for net9.0; no such folder).
# The copy holds exactly those .cs files (make_copies_b.py checks it against that evaluation), so the paths are
# relative to <corpus>/ZXing.Net/Source/lib.
ZXING_ROOT_FILES = [
    "BarcodeFormat.cs", "BarcodeReaderCustom.cs", "BarcodeReaderGeneric.cs", "BarcodeWriter.PixelData.cs",
    "BarcodeWriter.SvgImage.cs", "BarcodeWriterCustom.cs", "BarcodeWriterGeneric.cs", "BaseLuminanceSource.cs",
    "Binarizer.cs", "BinaryBitmap.cs", "DecodeHintType.cs", "Dimension.cs", "EncodeHintType.cs", "FormatException.cs",
    "IBarcodeReader.cs", "IBarcodeReader.Multiple.cs", "IBarcodeReaderCustom.cs", "IBarcodeReaderCustom.Multiple.cs",
    "IBarcodeReaderGeneric.cs", "IBarcodeReaderGeneric.Multiple.cs", "IBarcodeWriter.cs", "IBarcodeWriter.PixelData.cs",
    "IBarcodeWriter.SvgImage.cs", "IBarcodeWriterCustom.cs", "IBarcodeWriterGeneric.cs", "InvertedLuminanceSource.cs",
    "LuminanceSource.cs", "MultiFormatReader.cs", "MultiFormatWriter.cs", "PlanarYUVLuminanceSource.cs", "Reader.cs",
    "ReaderException.cs", "Result.cs", "ResultMetadataType.cs", "ResultPoint.cs", "ResultPointCallback.cs",
    "RGBLuminanceSource.cs", "SupportClass.cs", "Writer.cs", "WriterException.cs"]
ZXING_RENDERER_KEPT = ["IBarcodeRenderer.cs", "PixelData.cs", "PixelDataRenderer.cs", "SVGRenderer.cs", "StringRenderer.cs"]
ZXING_RENDERER_ALL = [
    "AlternateBitmapRenderer.cs", "BitmapRenderer.cs", "GeometryRenderer.cs", "IBarcodeRenderer.cs",
    "PixelData.AndroidBitmap.cs", "PixelData.Bitmap.NetCE.cs", "PixelData.Bitmap.cs", "PixelData.Color32.cs",
    "PixelData.SoftwareBitmap.cs", "PixelData.WriteableBitmap.NetFx.cs", "PixelData.WriteableBitmap.Silverlight.cs",
    "PixelData.cs", "PixelDataRenderer.cs", "RawRenderer.cs", "SVGRenderer.cs", "SoftwareBitmapRenderer.cs",
    "StringRenderer.cs", "WriteableBitmapRenderer.NetFx.cs", "WriteableBitmapRenderer.Presentation.cs",
    "WriteableBitmapRenderer.cs"]
# The twenty-second check (make_copies.sh of its preparation). SteamTools leaves out its publish tool, the vendored
# ArchiSteamFarm sources and 62 files whose header names their source in another repository.
STEAMTOOLS_LEFT_OUT = [
    "**/*.Designer.cs",
    "BD.WTTS.Client.Tools.Publish",
    "BD.WTTS.Client.Plugins.ArchiSteamFarmPlus/_",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/YarpReverseProxyServiceImpl.Startup.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/DomainResolver.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/Certificate/CertGenerator.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/ReverseProxyHttpClientFactory.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/Http/LifetimeHttpHandlerCleaner.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/Http/ReverseProxyHttpClientHandler.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/Http/RequestContextExtensions.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/Http/LifetimeHttpHandler.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/Http/LifeTimeKey.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/Http/RequestContext.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/Http/ReverseProxyHttpClient.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/FlowAnalyze/FlowAnalyzeDuplexPipe.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/FlowAnalyze/FlowAnalyzer.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/FlowAnalyze/FlowAnalyzeStream.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/GithubSshReverseProxyHandler.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/Middleware/ProxyProtocol.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/Middleware/HttpProxyMiddleware.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/Middleware/TunnelMiddleware.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/Middleware/HttpReverseProxyMiddleware.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/Middleware/RequestLoggingMiddleware.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/Middleware/TlsInvadeMiddleware.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/Middleware/FakeTlsConnectionFeature.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/Middleware/TlsRestoreMiddleware.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/Middleware/IHttpProxyFeature.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/Certificates/CertService.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/TcpReverseProxyHandler.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/HttpServer/GithubGitReverseProxyHandler.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/PacketIntercept/DnsInterceptHostedService.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/PacketIntercept/HttpInterceptor.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/PacketIntercept/TcpInterceptHostedService.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/PacketIntercept/HttpsInterceptor.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/PacketIntercept/TcpInterceptor.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/PacketIntercept/SshInterceptor.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/PacketIntercept/DnsInterceptor.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services.Implementation/PacketIntercept/GitInterceptor.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Models/ReverseProxyConfig.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Models/FlowStatistics.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Models/Abstractions/IReverseProxyConfig.GlobalListener.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Models/Abstractions/IReverseProxyConfig.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Extensions/KestrelServerOptionsExtensions.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Extensions/ApplicationBuilderExtensions.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services/IFlowAnalyzer.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services/IDomainResolver.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services/ITcpInterceptor.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services/IReverseProxyHttpClientFactory.cs",
    "BD.WTTS.Client.Plugins.Accelerator.ReverseProxy/Services/IRequestLoggingFeature.cs",
    "BD.WTTS.Client.Plugins.Update/WebEncoders.cs",
    "BD.WTTS.Client.AppHost/MessageBox.cs",
    "Avalonia.Desktop/AppBuilderDesktopExtensions.cs",
    "Avalonia.Base/Metadata/XmlnsDefinitionAttribute.cs",
    "BD.WTTS.Client/Services.Implementation/Platform/Windows/Interop/Structures/Generated/Point.cs",
    "BD.WTTS.Client/Services.Implementation/Platform/Windows/Interop/Structures/Point.cs",
    "BD.WTTS.Client/Services.Implementation/Platform/Windows/Windows10DataProtectionProvider.cs",
    "BD.WTTS.Client/Services.Implementation/Platform/MacCatalyst/MacCatalystNotificationServiceImpl.cs",
    "BD.WTTS.Client/Helpers/SystemUtility.cs",
    "BD.WTTS.Client/Logging/OSLogLogger.cs",
    "BD.WTTS.Client/Logging/ClientLogger.cs",
    "BD.WTTS.Client/Logging/OSLogLoggerProvider.cs",
    "BD.WTTS.Client/Logging/NullScope.cs",
    "Avalonia.Skia.Internals/ClassicDesktopStyleApplicationLifetime.cs",
    "Avalonia.Skia.Internals/PlatformRenderInterface.cs",
    "Avalonia.Skia.Internals/SkiaPlatform2.cs",
]

COPIES = {
    ("Duende.IdentityServer.Admin", "<copy of src/ without its two EF Core Migrations folders>"): (
        "Duende.IdentityServer.Admin/src",
        ["Skoruba.Duende.IdentityServer.Admin.EntityFramework.SqlServer/Migrations",
         "Skoruba.Duende.IdentityServer.Admin.EntityFramework.PostgreSQL/Migrations"]),
    ("piranha.core", "<copy of the checkout without its EF Core Migrations folders>"): (
        "piranha.core",
        ["data/Piranha.Data.EF.*/Migrations", "identity/Piranha.AspNetCore.Identity.*/Migrations"]),
    ("vc-platform", "<copy of src/ without its EF Core Migrations folders>"): (
        "vc-platform/src",
        ["VirtoCommerce.Platform.Data.SqlServer/Migrations", "VirtoCommerce.Platform.Data.MySql/Migrations",
         "VirtoCommerce.Platform.Data.PostgreSql/Migrations"]),
    ("oqtane.framework", "<copy of the checkout without the wwwroot module and theme templates>"): (
        "oqtane.framework",
        ["**/wwwroot/Modules/Templates/**/*.cs", "**/wwwroot/Themes/Templates/**/*.cs"]),
    # Eleventh check: the four web projects of src/ (the gallery's other services are separate applications), without
    # the EF6 migrations (files named by a 15-digit timestamp).
    ("NuGetGallery", "<copy of src/NuGetGallery, src/NuGetGallery.Services, src/NuGetGallery.Core and "
                     "src/NuGet.Services.Entities without the EF6 migrations>"): (
        "NuGetGallery/src",
        ["NuGetGallery/Migrations/" + "[0-9]" * 15 + "_*.cs",
         "NuGetGallery/Areas/Admin/Migrations/" + "[0-9]" * 15 + "_*.cs"],
        ["NuGetGallery", "NuGetGallery.Services", "NuGetGallery.Core", "NuGet.Services.Entities"]),
    # Twelfth check: files a tool wrote (protobuf-net, a JSON converter generator, the resource and settings designers,
    # BililiveRecorder's config_gen) and the seven files UniGetUI copied from winget-cli (headed "Copyright (c) Microsoft
    # Corporation").
    ("PixiEditor", "<copy of src without the protobuf-net generated src/PixiEditor.Extensions.CommonApi/ProtoAutogen/*.cs>"): (
        "PixiEditor/src", ["PixiEditor.Extensions.CommonApi/ProtoAutogen/*.cs"]),
    ("wabbajack", "<copy of the checkout without the generated Wabbajack.DTOs/JsonConverters/Generated.cs and "
                  "Wabbajack.App.Wpf/Properties/{Resources,Settings}.Designer.cs>"): (
        "wabbajack",
        ["Wabbajack.DTOs/JsonConverters/Generated.cs", "Wabbajack.App.Wpf/Properties/Resources.Designer.cs",
         "Wabbajack.App.Wpf/Properties/Settings.Designer.cs"]),
    ("UniGetUI", "<copy of src without UniGetUI/Properties/Resources.Designer.cs and the seven files of "
                 "WindowsPackageManager.Interop copied from Microsoft's winget-cli (those headed \"Copyright (c) Microsoft "
                 "Corporation\")>"): (
        "UniGetUI/src",
        ["UniGetUI/Properties/Resources.Designer.cs",
         "WindowsPackageManager.Interop/Exceptions/WinGetConfigurationException.cs"]
        + ["WindowsPackageManager.Interop/WindowsPackageManager/" + name + ".cs" for name in (
            "ClassModel", "ClassesDefinition", "ClsidContext", "WindowsPackageManagerElevatedFactory",
            "WindowsPackageManagerFactory", "WindowsPackageManagerStandardFactory")]),
    ("BililiveRecorder", "<copy of the checkout without the config_gen-generated *.gen.cs (Core/Config/V2, Core/Config/V3, "
                         "Web/Models, Cli/Configure) and BililiveRecorder.WPF/Properties/{Resources,Strings}.Designer.cs>"): (
        "BililiveRecorder",
        ["BililiveRecorder.Core/Config/V3/Config.gen.cs", "BililiveRecorder.Core/Config/V2/Config.gen.cs",
         "BililiveRecorder.Web/Models/Config.gen.cs", "BililiveRecorder.Cli/Configure/ConfigInstructions.gen.cs",
         "BililiveRecorder.WPF/Properties/Resources.Designer.cs", "BililiveRecorder.WPF/Properties/Strings.Designer.cs"]),
    # Thirteenth check: resource, settings and protoc or NSwag designers, EF Core migrations, a SpecFlow test project and
    # test applications the scanner's test filter does not recognise by name.
    ("EarTrumpet", "<copy of the checkout without EarTrumpet/Properties/Resources.Designer.cs>"): (
        "EarTrumpet", ["EarTrumpet/Properties/Resources.Designer.cs"]),
    ("QuickLook", "<copy of the checkout without the resource designers QuickLook/Properties/Resources.Designer.cs and "
                  "QuickLook.Plugin/QuickLook.Plugin.VideoViewer/Properties/Resource.Designer.cs and the protoc-generated "
                  "QuickLook.Plugin/QuickLook.Plugin.ImageViewer/Webview/Svga/Svga.cs>"): (
        "QuickLook",
        ["QuickLook/Properties/Resources.Designer.cs", "QuickLook.Plugin/QuickLook.Plugin.VideoViewer/Properties/Resource.Designer.cs",
         "QuickLook.Plugin/QuickLook.Plugin.ImageViewer/Webview/Svga/Svga.cs"]),
    ("mRemoteNG", "<copy of the checkout without the SpecFlow test project mRemoteNGSpecs, the resx and settings designers "
                  "mRemoteNG/Language/Language.Designer.cs, mRemoteNG/Themes/ColorMapTheme.Designer.cs and "
                  "mRemoteNG/Properties/*.Designer.cs, the script-written mRemoteNG/Properties/AssemblyInfo.cs and the "
                  "NSwag-generated ExternalConnectors/DSS/SecretServerAuthentication.cs>"): (
        "mRemoteNG",
        ["mRemoteNGSpecs", "mRemoteNG/Language/Language.Designer.cs", "mRemoteNG/Themes/ColorMapTheme.Designer.cs",
         "mRemoteNG/Properties/*.Designer.cs", "mRemoteNG/Properties/AssemblyInfo.cs",
         "ExternalConnectors/DSS/SecretServerAuthentication.cs"]),
    ("OpenBullet2", "<copy of the checkout without its EF Core migrations OpenBullet2.Core/Migrations>"): (
        "OpenBullet2", ["OpenBullet2.Core/Migrations"]),
    ("snoopwpf", "<copy of the checkout without the manual test applications TestHarnesses/>"): (
        "snoopwpf", ["TestHarnesses"]),
    # Fourteenth check (rules at ab94e1b): the applications drawn again, then the five first drawn (judged before).
    ("NexusMods.App", "<copy of src/ without the resx designers NexusMods.App.UI/Resources/Language.Designer.cs, "
                      "NexusMods.Games.FOMOD.UI/Resources/Language.Designer.cs and NexusMods.Games.AdvancedInstaller.UI/Resources/Language.Designer.cs>"): (
        "NexusMods.App/src", ["NexusMods.App.UI/Resources/Language.Designer.cs", "NexusMods.Games.FOMOD.UI/Resources/Language.Designer.cs",
                              "NexusMods.Games.AdvancedInstaller.UI/Resources/Language.Designer.cs"]),
    ("bloxstrap", "<copy of the checkout without the resx and settings designers Bloxstrap/Properties/Resources.Designer.cs and "
                  "Bloxstrap/Properties/Settings.Designer.cs>"): (
        "bloxstrap", ["Bloxstrap/Properties/Resources.Designer.cs", "Bloxstrap/Properties/Settings.Designer.cs"]),
    ("Windows-Auto-Night-Mode", "<copy of the checkout without the resx designers AutoDarkModeSvc/Properties/Resources.Designer.cs and "
                                "AutoDarkModeSvc/Strings/Resources.Designer.cs>"): (
        "Windows-Auto-Night-Mode", ["AutoDarkModeSvc/Properties/Resources.Designer.cs", "AutoDarkModeSvc/Strings/Resources.Designer.cs"]),
    ("jellyfin", "<copy of the checkout without its EF Core migrations src/Jellyfin.Database/Jellyfin.Database.Providers.Sqlite/Migrations "
                 "and the fuzzing harnesses fuzz/>"): (
        "jellyfin", ["src/Jellyfin.Database/Jellyfin.Database.Providers.Sqlite/Migrations", "fuzz"]),
    ("Flow.Launcher", "<copy of the checkout without the resx and settings designers Flow.Launcher/Properties/Resources.Designer.cs, "
                      "Flow.Launcher/Properties/Settings.Designer.cs and Plugins/Flow.Launcher.Plugin.WindowsSettings/Properties/Resources.Designer.cs>"): (
        "Flow.Launcher", ["Flow.Launcher/Properties/Resources.Designer.cs", "Flow.Launcher/Properties/Settings.Designer.cs",
                          "Plugins/Flow.Launcher.Plugin.WindowsSettings/Properties/Resources.Designer.cs"]),
    ("Kavita", "<copy of the checkout without its EF Core migrations API/Data/Migrations>"): (
        "Kavita", ["API/Data/Migrations"]),
    ("ScreenToGif", "<copy of the checkout without ScreenToGif/Webcam (code adapted from DirectShowLib and the DirectX.Capture library)>"): (
        "ScreenToGif", ["ScreenToGif/Webcam"]),
    ("btcpayserver", "<copy of the checkout without its EF Core migrations BTCPayServer.Data/Migrations, the vendored plugin loader "
                     "BTCPayServer/Plugins/Dotnet (McMaster.NETCore.Plugins) and the generated BTCPayServer/Plugins/Translations/Translations.Default.cs>"): (
        "btcpayserver", ["BTCPayServer.Data/Migrations", "BTCPayServer/Plugins/Dotnet",
                         "BTCPayServer/Plugins/Translations/Translations.Default.cs"]),
    # The fifteenth check (rules at 78ee4a8): resx, settings and Windows Forms designers, vendored folders, EF Core migrations.
    ("NuGetPackageExplorer", "<copy of the checkout without the settings designer PackageExplorer/Properties/Settings.Designer.cs>"): (
        "NuGetPackageExplorer", ["PackageExplorer/Properties/Settings.Designer.cs"]),
    ("HandBrake", "<copy of win/CS without the resx designers HandBrakeWPF/Properties/Resources.Designer.cs, "
                  "HandBrakeWPF/Properties/ResourcesTooltips.Designer.cs and Properties/Resources.Designer.cs>"): (
        "HandBrake/win/CS", ["HandBrakeWPF/Properties/Resources.Designer.cs", "HandBrakeWPF/Properties/ResourcesTooltips.Designer.cs",
                             "Properties/Resources.Designer.cs"]),
    ("WinDynamicDesktop", "<copy of src/ without the Windows Forms and resx designer files *.Designer.cs (AboutDialog, DownloadDialog, "
                          "ImportDialog, LanguageDialog, ScheduleDialog, ThemeDialog, Properties/Resources)>"): (
        "WinDynamicDesktop/src", ["**/*.Designer.cs"]),
    ("Notepads", "<copy of src/ without Notepads.Controls (controls taken from the Windows Community Toolkit)>"): (
        "Notepads/src", ["Notepads.Controls"]),
    ("smtp4dev", "<copy of the checkout with only Rnwood.Smtp4dev and Rnwood.Smtp4dev.Desktop, without the EF Core migrations "
                 "Rnwood.Smtp4dev/Migrations>"): (
        "smtp4dev", ["Rnwood.Smtp4dev/Migrations"], ["Rnwood.Smtp4dev", "Rnwood.Smtp4dev.Desktop"]),
    ("Bulk-Crap-Uninstaller", "<copy of source/ without the vendored ObjectListView (Phillip Piper) and NBug_custom (NBug, "
                              "Teoman Soygul) and the Windows Forms, resx and settings designer files *.Designer.cs / *.designer.cs>"): (
        "Bulk-Crap-Uninstaller/source", ["ObjectListView", "NBug_custom", "**/*.Designer.cs", "**/*.designer.cs"]),
    # The sixteenth check (rules at c6c6f75): resx and settings designers, LottieGen animations, a project no solution
    # builds, a generated LINQ to SQL context and service client, a vendored library's files.
    ("ModernFlyouts", "<copy of the checkout without the resx designer ModernFlyouts/Properties/Strings.Designer.cs>"): (
        "ModernFlyouts", ["ModernFlyouts/Properties/Strings.Designer.cs"]),
    ("FluentTerminal", "<copy of the checkout without FluentTerminal.App.ViewModels (a project in no solution and referenced by no project: "
                       "its view models were moved into FluentTerminal.App) and the resx and settings designers "
                       "FluentTerminal.SystemTray/Properties/Resources.Designer.cs and FluentTerminal.SystemTray/Properties/Settings.Designer.cs>"): (
        "FluentTerminal", ["FluentTerminal.App.ViewModels",
                           "FluentTerminal.SystemTray/Properties/Resources.Designer.cs",
                           "FluentTerminal.SystemTray/Properties/Settings.Designer.cs"]),
    ("BlogEngine.NET", "<copy of BlogEngine/ without the Web Forms and resx designer files *.designer.cs, the generated LINQ to SQL "
                       "context BlogEngine.Core/Services/FileSystem/FileStoreDb.cs, the generated service client BlogEngine.Core/Service "
                       "References and the four reCAPTCHA library files (Adrian Godong, Ben Maurer) in "
                       "BlogEngine.NET/Custom/Extensions/Recaptcha>"): (
        "BlogEngine.NET/BlogEngine", ["**/*.designer.cs", "**/*.Designer.cs", "BlogEngine.Core/Services/FileSystem/FileStoreDb.cs",
                                      "BlogEngine.Core/Service References",
                                      "BlogEngine.NET/Custom/Extensions/Recaptcha/RecaptchaControl.cs",
                                      "BlogEngine.NET/Custom/Extensions/Recaptcha/RecaptchaLogItem.cs",
                                      "BlogEngine.NET/Custom/Extensions/Recaptcha/RecaptchaResponse.cs",
                                      "BlogEngine.NET/Custom/Extensions/Recaptcha/RecaptchaValidator.cs"]),
    ("ambie", "<copy of src/ without the LottieGen animation AmbientSounds.Uwp/Controls/SparkleLottie.cs>"): (
        "ambie/src", ["AmbientSounds.Uwp/Controls/SparkleLottie.cs"]),
    ("Screenbox", "<copy of the checkout without the LottieGen animation Screenbox/Assets/Animations/AnimatedPlayingVisualSource.cs>"): (
        "Screenbox", ["Screenbox/Assets/Animations/AnimatedPlayingVisualSource.cs"]),
    # The ninth check (rules at 4f6fc80): Subtitle Edit's library and Windows Forms application, as src/ holds them.
    ("subtitleedit", "<copy holding src/libse and src/ui as libse/ and ui/>"): (
        "subtitleedit/src", [], ["libse", "ui"]),
    # Seventeenth check (Wino-Mail is scanned as checked out).
    ("Blogifier", "<copy of src/ without the EF Core migrations and model snapshots src/Blogifier/Data/Migrations and the resx "
                  "designer Blogifier.Shared/Resources/Resource.Designer.cs>"): (
        "Blogifier/src", ["Blogifier/Data/Migrations", "Blogifier.Shared/Resources/Resource.Designer.cs"]),
    ("mix.core", "<copy of src/ with only the projects of src/Mixcore.sln (folders applications, modules, platform, services, test; "
                 "not the older Mix.Cms.* generation beside them, which only the stale root MixCore.sln of 2021 lists), without "
                 "modules/mix.account and services/core/mix-message-queue/mix.mq.lib (in no solution, referenced by no project) "
                 "and without the EF Core migrations and model snapshots (platform/mix.database/Migrations, "
                 "services/core/ecommerces/mix.services.ecommerce.lib/Migrations)>"): (
        "mix.core/src", ["modules/mix.account", "services/core/mix-message-queue/mix.mq.lib",
                         "platform/mix.database/Migrations", "services/core/ecommerces/mix.services.ecommerce.lib/Migrations"],
        ["applications", "modules", "platform", "services", "test"]),
    ("OpenLiveWriter", "<copy of src/managed without the MSHTML type-library interop project OpenLiveWriter.Interop.Mshtml, the "
                       "AxImp-generated OpenLiveWriter.BrowserControl/AxWebBrowser.cs, the LocUtil-generated enums "
                       "OpenLiveWriter.Localization/CommandId.cs, MessageId.cs and StringId.cs, every WinForms/resx/settings "
                       "designer file *.Designer.cs / *.designer.cs, and the test harness Canvas (TestCanvas, in no solution)>"): (
        "OpenLiveWriter/src/managed", ["OpenLiveWriter.Interop.Mshtml", "OpenLiveWriter.BrowserControl/AxWebBrowser.cs",
                                       "OpenLiveWriter.Localization/CommandId.cs", "OpenLiveWriter.Localization/MessageId.cs",
                                       "OpenLiveWriter.Localization/StringId.cs", "**/*.Designer.cs", "**/*.designer.cs", "Canvas"]),
    # Eighteenth check (DiscordChatExporter and choco are scanned as checked out; Unigram keeps only the top-level entries named).
    ("Unigram", "<copy of the checkout with only Telegram/, Telegram.Stub/ and Telegram.sln, without the LottieGen-generated "
                "animated icons Telegram/Assets/Icons/*.cs, the TdParseOptions-generated Telegram/Strings/en/Resources.cs "
                "(resource class) and Telegram/Services/OptionsService.cs, the vendored LibVLCSharp sources Telegram/Videolan, "
                "and the resx/settings designers Telegram.Stub/Properties/*.Designer.cs>"): (
        "Unigram", ["Telegram/Assets/Icons/*.cs", "Telegram/Strings/en/Resources.cs", "Telegram/Services/OptionsService.cs",
                    "Telegram/Videolan", "Telegram.Stub/Properties/*.Designer.cs"],
        ["Telegram", "Telegram.Stub", "Telegram.sln"]),
    ("dotnet-podcasts", "<copy of src/ without the EF Core migrations and model snapshots "
                        "Services/ListenTogether/ListenTogether.Infrastructure/Data/Migrations and "
                        "Services/Podcasts/Podcast.Infrastructure/Data/Migrations, and the resx designer "
                        "Mobile/Resources/Strings/AppResource.Designer.cs>"): (
        "dotnet-podcasts/src", ["Services/ListenTogether/ListenTogether.Infrastructure/Data/Migrations",
                                "Services/Podcasts/Podcast.Infrastructure/Data/Migrations",
                                "Mobile/Resources/Strings/AppResource.Designer.cs"]),
    # Nineteenth check (YoutubeDownloader and the libraries are scanned as checked out).
    ("keepass2android", "<copy of src/ without the vendored DotNetZip zlib sources ZlibAndroid, the vendored CodeProject "
                        "Twofish sources TwofishCipher, and KeePassLib's generated string resource classes "
                        "KeePassLib2Android/Resources/*.Generated.cs>"): (
        "keepass2android/src", ["ZlibAndroid", "TwofishCipher", "KeePassLib2Android/Resources/*.Generated.cs"]),
    ("Character-Map-UWP", "<copy of CharacterMap/ without the vendored Windows Community Toolkit controls "
                          "CharacterMap/Controls/Toolkit and the auto-generated System.Index polyfill "
                          "CharacterMap/Core/Index.cs>"): (
        "Character-Map-UWP/CharacterMap", ["CharacterMap/Controls/Toolkit", "CharacterMap/Core/Index.cs"]),
    ("FluentStore", "<copy of the checkout without the resx designer Installer/DefaultResources.Designer.cs, the "
                    "vendored WPF-Task-Dialog interop sources Installer/Utils/TaskDialog and the vendored Continuity "
                    "composition extensions FluentStore.App/Helpers/Continuity>"): (
        "FluentStore", ["Installer/DefaultResources.Designer.cs", "Installer/Utils/TaskDialog",
                        "FluentStore.App/Helpers/Continuity"]),
    ("Miniblog.Core", "<copy of src/ without the resx designer Properties/Resources.Designer.cs>"): (
        "Miniblog.Core/src", ["Properties/Resources.Designer.cs"]),
    # Twentieth check (SourceGit, Captura, Recyclarr and the libraries are scanned as checked out).
    ("OpenUtau", "<copy of the checkout without the resx designers */Resources/Resources.Designer.cs, "
                 "OpenUtau.Core/*/*/Resources.Designer.cs, OpenUtau.Core/Vogen/Data/VogenRes.Designer.cs and "
                 "OpenUtau.Plugin.Builtin/Data/Resources.Designer.cs, the xscgen-generated MusicXML schema classes "
                 "OpenUtau.Core/Format/MusicXMLModel.cs/MusicXMLSchema.cs and the third-party folder "
                 "OpenUtau.Core/ThirdParty>"): (
        "OpenUtau", ["*/Resources/Resources.Designer.cs", "OpenUtau.Core/*/*/Resources.Designer.cs",
                     "OpenUtau.Core/Vogen/Data/VogenRes.Designer.cs", "OpenUtau.Plugin.Builtin/Data/Resources.Designer.cs",
                     "OpenUtau.Core/Format/MusicXMLModel.cs/MusicXMLSchema.cs", "OpenUtau.Core/ThirdParty"]),
    ("Starward", "<copy of src/ without the resx designers Starward.Language/Lang.Designer.cs, "
                 "Starward.Core/Localization/CoreLang.Designer.cs and Starward.Setup/Locale/Lang.Designer.cs and the "
                 "vendored Snap.HPatch binding sources Starward.Setup/Snap.HPatch>"): (
        "Starward/src", ["Starward.Language/Lang.Designer.cs", "Starward.Core/Localization/CoreLang.Designer.cs",
                         "Starward.Setup/Locale/Lang.Designer.cs", "Starward.Setup/Snap.HPatch"]),
    # Twenty-first check (Denaro and the libraries are scanned as checked out).
    ("CKAN", "<copy of the checkout without the WinForms designer files GUI/**/*.Designer.cs and the Cake build "
             "project build>"): (
        "CKAN", ["GUI/**/*.Designer.cs", "build"]),
    ("Snap.Hutao", "<copy of src/Snap.Hutao/Snap.Hutao without the EF Core migrations and model snapshot Migrations "
                   "and the protoc-generated classes Service/Yae/PlayerStore/StoreData.cs, "
                   "Web/Hoyolab/Downloader/Proto/SophonManifestProto.cs and "
                   "Web/Hoyolab/Downloader/Proto/SophonPatchManifestProto.cs>"): (
        "Snap.Hutao/src/Snap.Hutao/Snap.Hutao",
        ["Migrations", "Service/Yae/PlayerStore/StoreData.cs", "Web/Hoyolab/Downloader/Proto/SophonManifestProto.cs",
         "Web/Hoyolab/Downloader/Proto/SophonPatchManifestProto.cs"]),
    ("Minecraft-Console-Client", "<copy of the checkout without the resx, settings and WinForms designers "
                                 "**/*.Designer.cs, the vendored DotNetZip sources "
                                 "DebugTools/MinecraftClientProxy/Compression and DynamicRun sources "
                                 "MinecraftClient/Scripting/DynamicRun, the agent-skill templates .skills, and what "
                                 "the client's --generator wrote: MinecraftClient/Mapping/Material.cs, "
                                 "MinecraftClient/Mapping/EntityType.cs, MinecraftClient/Inventory/ItemType.cs, "
                                 "MinecraftClient/Mapping/BlockPalettes/{BlockPalette120.cs,Palette11[3-9]*.cs,"
                                 "Palette12*.cs,Palette26*.cs}, MinecraftClient/Mapping/EntityPalettes/"
                                 "{EntityPalette11[124-9]*.cs,EntityPalette12*.cs,EntityPalette26*.cs}, "
                                 "MinecraftClient/Inventory/ItemPalettes/{ItemPalette11[3-9]*.cs,ItemPalette12*.cs,"
                                 "ItemPalette26*.cs}>"): (
        "Minecraft-Console-Client",
        ["**/*.Designer.cs", "DebugTools/MinecraftClientProxy/Compression", "MinecraftClient/Scripting/DynamicRun",
         ".skills", "MinecraftClient/Mapping/Material.cs", "MinecraftClient/Mapping/EntityType.cs",
         "MinecraftClient/Inventory/ItemType.cs",
         "MinecraftClient/Mapping/BlockPalettes/BlockPalette120.cs", "MinecraftClient/Mapping/BlockPalettes/Palette11[3-9]*.cs",
         "MinecraftClient/Mapping/BlockPalettes/Palette12*.cs", "MinecraftClient/Mapping/BlockPalettes/Palette26*.cs",
         "MinecraftClient/Mapping/EntityPalettes/EntityPalette11[124-9]*.cs",
         "MinecraftClient/Mapping/EntityPalettes/EntityPalette12*.cs",
         "MinecraftClient/Mapping/EntityPalettes/EntityPalette26*.cs",
         "MinecraftClient/Inventory/ItemPalettes/ItemPalette11[3-9]*.cs",
         "MinecraftClient/Inventory/ItemPalettes/ItemPalette12*.cs",
         "MinecraftClient/Inventory/ItemPalettes/ItemPalette26*.cs"]),
    # Twenty-first check, second batch.
    ("ZXing.Net", "<copy holding the files Source/lib/netstandard/ZXing.Net.csproj compiles for net9.0, under "
                  "Source/lib>"): (
        "ZXing.Net/Source/lib",
        ["renderer/" + f for f in ZXING_RENDERER_ALL if f not in ZXING_RENDERER_KEPT]
        + ["client/result/optional", "common/BigInteger", "common/BitMatrix.Drawing.cs", "common/BitMatrix.Silverlight.cs",
           "common/advanced/rowedge"],
        ["Properties", "renderer", "aztec", "client", "common", "datamatrix", "imb", "maxicode", "multi", "oned",
         "pdf417", "qrcode"] + ZXING_ROOT_FILES),
    ("bitwarden-mobile", "<copy of src without the resx class src/Core/Resources/Localization/AppResources.Designer.cs, "
                         "the iOS designer files src/**/*.designer.cs and the vendored folders "
                         "src/Core/Behaviors/PlatformBehaviors/MCTTouch and src/Core/Utilities/WebAuthenticatorMAUI>"): (
        "bitwarden-mobile",
        ["src/Core/Resources/Localization/AppResources.Designer.cs", "src/**/*.designer.cs",
         "src/Core/Behaviors/PlatformBehaviors/MCTTouch", "src/Core/Utilities/WebAuthenticatorMAUI"],
        ["src"]),
    ("devhome", "<copy of the checkout without the EF Core migrations database/DevHome.Database/Migrations and the "
                "generated telemetry/DevHome.Telemetry/TelemetryEventSource.cs and "
                "extensions/HyperVExtension/src/Telemetry/TelemetryEventSource.cs>"): (
        "devhome",
        ["database/DevHome.Database/Migrations", "telemetry/DevHome.Telemetry/TelemetryEventSource.cs",
         "extensions/HyperVExtension/src/Telemetry/TelemetryEventSource.cs"]),

    ("EDDiscovery", "<copy of the checkout without the WinForms designer files and resx classes **/*.Designer.cs and "
        "**/*.designer.cs>"): (
        "EDDiscovery", ["**/*.Designer.cs", "**/*.designer.cs"]),
    ("SteamTools", "<copy of src/ without the resx classes **/*.Designer.cs, the publish tool "
        "BD.WTTS.Client.Tools.Publish, the vendored ArchiSteamFarm sources "
        "BD.WTTS.Client.Plugins.ArchiSteamFarmPlus/_ and the 62 files copied from other repositories listed "
        "in steamtools-foreign.txt>"): (
        "SteamTools/src", STEAMTOOLS_LEFT_OUT),
    ("NetPad", "<copy of src/ without External/O2Html/Common/ReferenceEqualityComparer.cs and "
        "Core/NetPad.Runtime/SemanticVersion.cs, copied from Microsoft's sources>"): (
        "NetPad/src", ["External/O2Html/Common/ReferenceEqualityComparer.cs", "Core/NetPad.Runtime/SemanticVersion.cs"]),
    ("certify", "<copy of src/ without the resx classes **/*.Designer.cs>"): (
        "certify/src", ["**/*.Designer.cs"]),
    # The twenty-second check's second batch.
    ("ImageGlass", "<copy of Source/ without the WinForms designer files and resx classes **/*.Designer.cs and the "
        "components based on other projects Components/ImageGlass.Gallery, Components/ImageGlass.WinTouch and "
        "Components/ImageGlass.WebP>"): (
        "ImageGlass/Source", ["**/*.Designer.cs", "Components/ImageGlass.Gallery", "Components/ImageGlass.WinTouch", "Components/ImageGlass.WebP"]),
    ("dnGrep", "<copy of the checkout without the vendored ICSharpCode.AvalonEdit, SevenZip and NetDiff, the "
        "TestLocalizedStrings developer tool, the resx classes **/*.Designer.cs, the AlphaFS files "
        "dnGREP.Common/IO/DirectoryEnumerationFilters.cs, DirectoryEnumerationOptions.cs and "
        "FindFileSystemEntryInfo.cs, and Microsoft's dnGREP.WPF/Controls/SplitButton.cs>"): (
        "dnGrep", ["ICSharpCode.AvalonEdit", "SevenZip", "NetDiff", "TestLocalizedStrings", "**/*.Designer.cs", "dnGREP.Common/IO/DirectoryEnumerationFilters.cs", "dnGREP.Common/IO/DirectoryEnumerationOptions.cs", "dnGREP.Common/IO/FindFileSystemEntryInfo.cs", "dnGREP.WPF/Controls/SplitButton.cs"]),
    ("Pixeval", "<copy of src/ without Pixeval.Utilities/CertGenerator.cs, taken from SteamTools, and the .NET "
        "Foundation's Pixeval/Controls/Panels/MasonryPanel.cs>"): (
        "Pixeval/src", ["Pixeval.Utilities/CertGenerator.cs", "Pixeval/Controls/Panels/MasonryPanel.cs"]),
    # The twenty-third check.
    ("Artemis", "<copy of src/ without the EF Core migrations and model snapshot Artemis.Storage/Migrations/2*.cs and Artemis.Storage/Migrations/ArtemisDbContextModelSnapshot.cs and six files taken from or based on other projects' code (listed in COPIES.md)>"): (
        "Artemis/src", ["Artemis.Storage/Migrations/2*.cs", "Artemis.Storage/Migrations/ArtemisDbContextModelSnapshot.cs", "Artemis.Core/Extensions/IEnumerableExtensions.cs", "Artemis.Core/Extensions/StreamExtensions.cs", "Artemis.UI/Extensions/ZipArchiveExtensions.cs", "Artemis.UI/Behaviors/SimpleContextDragBehavior.cs", "Artemis.UI.Shared/Utilities/StreamProgress.cs", "Artemis.Core/Services/ProcessMonitoring/ProcessMonitor.Win32.cs"]),
    ("UndertaleModTool", "<copy of the checkout without the resx and settings classes **/*.Designer.cs and UndertaleModLib/Util/QoiConverter.cs, ported from DogScepter>"): (
        "UndertaleModTool", ["**/*.Designer.cs", "UndertaleModLib/Util/QoiConverter.cs"]),
    ("Depressurizer", "<copy of src/ without the WinForms designer files and resx classes **/*.Designer.cs and **/*.designer.cs and the vendored NDesk.Options Depressurizer/Lib/Options.cs>"): (
        "Depressurizer/src", ["**/*.Designer.cs", "**/*.designer.cs", "Depressurizer/Lib/Options.cs"]),
    ("wexflow", "<copy of src/netcore without Wexflow.Core/PollingFileSystemWatcher, copied from .NET Foundation sources>"): (
        "wexflow/src/netcore", ["Wexflow.Core/PollingFileSystemWatcher"]),
    ("raytha", "<copy of src/ without the EF Core migrations and model snapshots Raytha.Migrations.SqlServer/2*.cs, Raytha.Migrations.Postgres/2*.cs and their RaythaDbContextModelSnapshot.cs>"): (
        "raytha/src", ["Raytha.Migrations.SqlServer/2*.cs", "Raytha.Migrations.SqlServer/RaythaDbContextModelSnapshot.cs", "Raytha.Migrations.Postgres/2*.cs", "Raytha.Migrations.Postgres/RaythaDbContextModelSnapshot.cs"]),
    ("CollapseLauncher", "<copy of the checkout without the vendored Windows Community Toolkit controls Hi3Helper.CommunityToolkit and CollapseLauncher/XAMLs/Theme/CommunityToolkit.Labs, the installer helper InnoSetupHelper and three files taken from other projects (listed in COPIES.md)>"): (
        "CollapseLauncher", ["Hi3Helper.CommunityToolkit", "CollapseLauncher/XAMLs/Theme/CommunityToolkit.Labs", "InnoSetupHelper", "CollapseLauncher/Classes/RegistryMonitor/RegistryMonitor.cs", "Hi3Helper.Core/Data/IniFile.cs", "Hi3Helper.Core/Classes/SentryHelper/SentryLoggerExtension.cs"]),
    # The twenty-fourth check.
    ("LANCommander", "<copy of the checkout without **/Migrations, designer files and three files taken from other projects (listed in rescore_check.py)>"): (
        "LANCommander", ["**/Migrations", "**/*.Designer.cs", "LANCommander.SDK/PowerShell/AsyncCmdlet.cs", "LANCommander.Server/UI/Pages/Account/Register.cshtml.cs", "LANCommander.Server/UI/Pages/Account/Login.cshtml.cs"]),
    ("TwitchDownloader", "<copy of the checkout without resx classes and three files taken from Stack Overflow and SevenTV (listed in rescore_check.py)>"): (
        "TwitchDownloader", ["**/*.Designer.cs", "TwitchDownloaderCore/Models/ThrottledStream.cs", "TwitchDownloaderCLI/Tools/PathUtils.cs", "TwitchDownloaderCore/TwitchObjects/StvEmoteFlags.cs"]),
    ("beutl", "<copy of src/ without 19 files whose header names another project (listed in rescore_check.py)>"): (
        "beutl/src", ["Beutl.Configuration/IPreferences.cs", "Beutl.Configuration/DefaultPreferences.cs", "Beutl.Configuration/Preference.cs", "Beutl.Api/Services/PluginDependencyResolver.cs", "Beutl.Api/System.Runtime.Loader", "Beutl/Services/LinuxDistro.cs", "Beutl.Engine/Animation/KeySpline.cs", "Beutl.Controls/ProgressRing.cs", "Beutl.Controls/FitSquarelyWithinAspectRatioConverter.cs", "Beutl.Controls/ColorPicker/ColorPaletteItem*.cs", "Beutl.Core/EnumExtensions.cs", "Beutl.Core/Collections/CircularBuffer.cs", "Beutl.Extensions.MediaFoundation/TimestampUtilities.cs", "Beutl.Extensions.MediaFoundation/AspectRatioUtilities.cs", "Beutl.Extensions.MediaFoundation/SampleUtilities.cs", "Beutl.Extensions.MediaFoundation/Decoding/MFSampleCache.cs", "Beutl.Extensions.MediaFoundation/Decoding/MFDecoder.cs"]),
    ("DS4Windows", "<copy of the checkout without resx classes, vJoyFeeder.cs and BezierCurve.cs (listed in rescore_check.py)>"): (
        "DS4Windows", ["**/*.Designer.cs", "DS4Windows/VJoyFeeder/vJoyFeeder.cs", "DS4Windows/BezierCurveEditor/BezierCurve.cs"]),
    ("SoundSwitch", "<copy of the checkout without designer files and resx classes>"): (
        "SoundSwitch", ["**/*.Designer.cs"]),
    ("FFXIVQuickLauncher", "<copy of src/ without resx classes, the AriaNet client and a Stack Overflow reader helper (listed in rescore_check.py)>"): (
        "FFXIVQuickLauncher/src", ["**/*.Designer.cs", "XIVLauncher.Aria/AriaManager.cs", "XIVLauncher.Aria/Attributes", "XIVLauncher.Common/Patching/Util/BinaryReaderHelpers.cs"]),
    # The twenty-fifth check (AID201 and AID202 only). OpenMU's auto-generated files stay in: the scanner skips them
    # as generated, and a scan with them gave the judged findings byte for byte.
    ("MediaPortal-2", "<copy of MediaPortal/Source without third-party copies (HttpServer, Triangulate, TvdbLib, Net5Ported, DirectShowWrapper) and designer files (listed in rescore_check.py)>"): (
        "MediaPortal-2/MediaPortal/Source", ["Core/HttpServer", "UI/SkinEngine/DirectX/Triangulate", "Extensions/MetadataExtractors/OnlineLibraries/Libraries/TvdbLib", "Extensions/MetadataExtractors/OnlineLibraries/Libraries/Net5Ported", "UI/Players/DirectShowWrapper", "**/*.Designer.cs"]),
    ("OpenMU", "<copy of src/ without its EF Core migrations, the decompiled PacketTwister and designer files (listed in rescore_check.py)>"): (
        "OpenMU/src", ["Persistence/EntityFramework/Migrations", "Network/PacketTwister", "**/*.Designer.cs"]),
    ("Remotely", "<copy of the checkout without Server/Migrations and designer files>"): (
        "Remotely", ["Server/Migrations", "**/*.Designer.cs"]),
    ("Cleanuparr", "<copy of code/backend without its EF Core migrations and designer files>"): (
        "Cleanuparr/code/backend", ["Cleanuparr.Persistence.Sqlite/Migrations", "Cleanuparr.Persistence.Postgres/Migrations", "**/*.Designer.cs"]),
    ("VidCoder", "<copy of the checkout without designer files and resx classes>"): ("VidCoder", ["**/*.Designer.cs"]),
    ("roadie", "<copy of the checkout without Roadie.Dlna, a port of simpleDLNA>"): ("roadie", ["Roadie.Dlna"]),
    ("WindowsGSM", "<copy of the checkout without designer files and resx classes>"): ("WindowsGSM", ["**/*.Designer.cs"]),
    ("xdm", "<copy of app/XDM without designer files and resx classes>"): ("xdm/app/XDM", ["**/*.Designer.cs"]),
    ("Opserver", "<copy of src/ without the generated ShowPlanXML.generated.cs>"): (
        "Opserver/src", ["Opserver.Core/Data/SQL/QueryPlans/ShowPlanXML.generated.cs"]),
    # The twenty-sixth check (AID201 and AID202 only).
    ("Bonobo-Git-Server", "<copy of the checkout without resx classes>"): ("Bonobo-Git-Server", ["**/*.Designer.cs", "**/*.designer.cs"]),
    ("Ryujinx", "<copy of src/ without designer files>"): ("Ryujinx/src", ["**/*.Designer.cs"]),
    ("mixer-mixitup", "<copy of the checkout without designer files and resx classes>"): ("mixer-mixitup", ["**/*.Designer.cs"]),
    ("LenovoLegionToolkit", "<copy of the checkout without resx classes>"): ("LenovoLegionToolkit", ["**/*.Designer.cs"]),
    ("Fork", "<copy of the checkout without Backend/Migrations>"): ("Fork", ["Backend/Migrations"]),
    ("HASS.Agent", "<copy of the checkout without designer files and resx classes>"): ("HASS.Agent", ["**/*.Designer.cs"]),
    ("HandheldCompanion", "<copy of the checkout without the vendored hidapi.net and steam-hidapi.net and resx classes>"): (
        "HandheldCompanion", ["hidapi.net", "steam-hidapi.net", "**/*.Designer.cs"]),
    ("glimmr", "<copy of the checkout without an Android resource class>"): (
        "glimmr", ["GlimmrControl/src/GlimmrControl.Android/Resources/Resource.designer.cs"]),
    ("IoTSharp", "<copy of the checkout without its EF Core migrations, a generated API client and a resx class (listed in rescore_check.py)>"): (
        "IoTSharp", ["IoTSharp.Data.Storage/*/Migrations", "IoTSharp.SDKs/IoTSharp.Sdk.CSharp/ApiClients.cs", "IoTSharp/Properties/Resources.Designer.cs"]),
    ("Moonlight", "<copy of the checkout without its EF Core migrations>"): ("Moonlight", ["Moonlight/Core/Database/Migrations"]),
    # The twenty-seventh check (AID201 and AID202 only): designer files, EF Core migrations, generated clients and
    # the third-party folders and files each code base vendors (docs/measuring.md, "Twenty-seventh independent check").
    ("Cliptok", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Cliptok", ["Migrations"]),
    ("GameServer", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "GameServer", ["GameMaths/Geometry/Clipper.cs", "QuadTree/QuadTree.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Hearthstone-Deck-Tracker", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Hearthstone-Deck-Tracker", ["Hearthstone Deck Tracker/Utility/Markdown.Xaml", "Hearthstone Deck Tracker/Utility/GaussianBlur.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Kooboo", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Kooboo", ["Kooboo.Lib/NUglify", "Kooboo.Lib/Less", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("LaserGRBL", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "LaserGRBL", ["LaserGRBL/SharpGL", "LaserGRBL/SvgLibrary", "LaserGRBL/ComWrapper/RJCP", "LaserGRBL/ComWrapper/WebSocket", "LaserGRBL/ComWrapper/MySerial", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("MCGalaxy", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "MCGalaxy", ["MCGalaxy/Generator/LibNoise/Billow.cs", "MCGalaxy/Generator/LibNoise/GradientNoise.cs", "MCGalaxy/Generator/LibNoise/IModule.cs", "MCGalaxy/Generator/LibNoise/Perlin.cs", "MCGalaxy/Generator/LibNoise/RidgedMultifractal.cs", "MCGalaxy/Generator/LibNoise/Voronoi.cs", "MCGalaxy/Generator/fCraft", "MCGalaxy/Generator/Foliage/fCraftTree.cs", "GUI/Popups/ColorSelector.cs", "GUI/Popups/TokenSelector.cs", "MCGalaxy/Levels/IO/fNbt.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("MatterControl", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "MatterControl", ["Community.CsharpSqlite", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Monitorian", "<copy of Source/ without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Monitorian/Source", ["**/*.Designer.cs", "**/*.designer.cs"]),
    ("dasblog-core", "<copy of source/ without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "dasblog-core/source", ["NetEscapades.Extensions.Logging.RollingFile", "Subtext.Akismet", "newtelligence.DasBlog.Runtime/Zip"]),
    ("iSpy", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "iSpy", ["Service References", "Web References", "FFmpeg.AutoGen", "DirectShow", "Vision", "Sources/Video/Ximea", "ByteArrayUtils.cs", "HSLFilteringForm.cs", "XML/config.cs", "XML/objects.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("pingcastle", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "pingcastle", ["PingCastle/ADWS/wse.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Rhisis", "<copy of src/ without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Rhisis/src", ["Rhisis.Infrastructure.Persistance.Sqlite/Migrations"]),
    # The twenty-eighth check (AID201 and AID202 only), likewise ("Twenty-eighth independent check"): the code bases with
    # a finding.
    ("OneMore", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "OneMore", ["OneMore/Commands/File/Markdown/WikilinkExtension.cs", "OneMore/Commands/File/Markdown/WikilinkInline.cs", "OneMore/Commands/File/Markdown/WikilinkParser.cs", "OneMore/Commands/File/Markdown/WikilinkRenderer.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("DaxStudio", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "DaxStudio", ["src/DaxStudio.SqlFormatter", "src/AvalonDock.Themes.DaxStudio", "src/DaxStudio.Controls.DataGridFilter", "src/UnitComboLib", "src/DAXEditor/BracketRenderer/BracketHighlightRenderer.cs", "src/DAXEditor/BracketRenderer/DefaultBracketSearcher.cs", "src/DAXEditor/BracketRenderer/BracketSearchResult.cs", "src/DAXEditor/BracketRenderer/DaxStudioBracketSearcher.cs", "src/DAXEditor/Renderers/TextMarkerService.cs", "src/DaxStudio.QueryTrace/DaxStudioTraceEventSubclass.cs", "src/DaxStudio.Common/Enums/DaxStudioTraceEventClass.cs", "src/DaxStudio.ExcelAddin/Xmla/XmlaHelpers.cs", "src/DaxStudio.UI/Controls/ClipBorder.cs", "src/DaxStudio.UI/Controls/Utils.cs", "src/DaxStudio.UI/Extensions/FileExtensions.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Valour", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Valour", ["Valour/Database/Migrations", "Valour/Client/Markdig/EmojiCompactPrefixTree.cs", "Valour/Client/Markdig/MDThrowHelper.cs"]),
    ("miningcore", "<copy of src/ without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "miningcore/src", ["Miningcore/Blockchain/Ergo/RPC/ErgoClient.cs", "Miningcore/Util/BigRational.cs", "Miningcore/Messaging/MessageBus.cs", "Miningcore.Tests/Util/PrivateObjectPrivateType.cs"]),
    ("naps2", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "naps2", ["**/*.Designer.cs", "**/*.designer.cs"]),
    ("superputty", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "superputty", ["**/*.Designer.cs", "**/*.designer.cs"]),
    # The thirty-second check (AID201 and AID202 only), likewise ("Thirty-second independent check"): the code bases
    # with a finding.
    ("Admin.Core", "<copy of src without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "Admin.Core/src", ["modules/admin/ZhonTai.Admin.Tests"]),
    ("Aurora", "<copy of Project-Aurora without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "Aurora/Project-Aurora", ["ColorBox", "Project-Aurora/Vorons/Mathos", "AuroraSourceGenerator", "DeviceManagerSourceGenerator", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Bili.Uwp", "<copy of src without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "Bili.Uwp/src", ["Adapter/Adapter.UnitTests", "Lib/FrostMaster.Uwp", "Models/Models.Enums/Workspace/FluentSymbol.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Kinovea", "<copy of the checkout without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "Kinovea", ["Kinovea.Tests", "VideoTests", "Tools", "Kinovea.Camera.Basler/Pylon.NETSupportLibrary", "Kinovea.ScreenManager/Measurement/Geometry/SVD.cs", "Kinovea.ScreenManager/Measurement/Geometry/Matrix3x3.cs", "Kinovea.ScreenManager/Measurement/Geometry/Vector3.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Masuit.MyBlogs", "<copy of src without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "Masuit.MyBlogs/src", []),
    ("OverlayPlugin", "<copy of the checkout without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "OverlayPlugin", ["AddonExample", "tools", "OverlayPlugin.Common/TinyIoC.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("ServiceBusExplorer", "<copy of src without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "ServiceBusExplorer/src", ["ServiceBusExplorer.Tests", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Stardust", "<copy of the checkout without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "Stardust", ["ClientTest", "Test", "Samples", "SDK", "Tools", "Stardust.Tests", "Stardust.ServerTests", "Stardust.McpClientTests", "Installer", "**/*.Designer.cs", "**/*.designer.cs", "Stardust.Data/Configs/应用依赖.cs", "Stardust.Data/Configs/应用规则.cs", "Stardust.Data/Configs/应用配置.cs", "Stardust.Data/Configs/配置历史.cs", "Stardust.Data/Configs/配置在线.cs", "Stardust.Data/Configs/配置数据.cs", "Stardust.Data/Deployment/SSL证书.cs", "Stardust.Data/Deployment/应用节点.cs", "Stardust.Data/Deployment/应用部署.cs", "Stardust.Data/Deployment/流水线.cs", "Stardust.Data/Deployment/流水线步骤.cs", "Stardust.Data/Deployment/流水线运行.cs", "Stardust.Data/Deployment/编译节点.cs", "Stardust.Data/Deployment/部署历史.cs", "Stardust.Data/Deployment/部署版本.cs", "Stardust.Data/Deployment/附件.cs", "Stardust.Data/Entity/应用历史.cs", "Stardust.Data/Entity/应用命令.cs", "Stardust.Data/Entity/应用在线.cs", "Stardust.Data/Entity/应用性能.cs", "Stardust.Data/Entity/应用日志.cs", "Stardust.Data/Entity/应用服务.cs", "Stardust.Data/Entity/应用消费.cs", "Stardust.Data/Entity/应用系统.cs", "Stardust.Data/Entity/服务信息.cs", "Stardust.Data/Gateway/网关节点.cs", "Stardust.Data/Gateway/网关路由.cs", "Stardust.Data/Gateway/网关集群.cs", "Stardust.Data/Monitors/告警历史.cs", "Stardust.Data/Monitors/告警组.cs", "Stardust.Data/Monitors/应用分钟统计.cs", "Stardust.Data/Monitors/应用每日统计.cs", "Stardust.Data/Monitors/应用跟踪器.cs", "Stardust.Data/Monitors/报警记录.cs", "Stardust.Data/Monitors/跟踪分钟统计.cs", "Stardust.Data/Monitors/跟踪小时统计.cs", "Stardust.Data/Monitors/跟踪数据.cs", "Stardust.Data/Monitors/跟踪每日统计.cs", "Stardust.Data/Monitors/跟踪规则.cs", "Stardust.Data/Monitors/跟踪项.cs", "Stardust.Data/Monitors/采样数据.cs", "Stardust.Data/Monitors/采样数据2.cs", "Stardust.Data/MySqlNodes/MySql数据.cs", "Stardust.Data/MySqlNodes/MySql节点.cs", "Stardust.Data/Nodes/dotNet安装包.cs", "Stardust.Data/Nodes/产品发布包.cs", "Stardust.Data/Nodes/产品版本.cs", "Stardust.Data/Nodes/域名供应商.cs", "Stardust.Data/Nodes/节点.cs", "Stardust.Data/Nodes/节点历史.cs", "Stardust.Data/Nodes/节点命令.cs", "Stardust.Data/Nodes/节点在线.cs", "Stardust.Data/Nodes/节点定位.cs", "Stardust.Data/Nodes/节点数据.cs", "Stardust.Data/Nodes/节点版本.cs", "Stardust.Data/Nodes/节点统计.cs", "Stardust.Data/Nodes/节点规则.cs", "Stardust.Data/Platform/MCP令牌.cs", "Stardust.Data/Platform/MCP令牌资源授权.cs", "Stardust.Data/Platform/MCP审计日志.cs", "Stardust.Data/Platform/星系项目.cs", "Stardust.Data/Platform/项目用户关系.cs", "Stardust.Data/RedisNodes/Redis数据.cs", "Stardust.Data/RedisNodes/Redis消息队列.cs", "Stardust.Data/RedisNodes/Redis节点.cs"]),
    ("Sucrose", "<copy of src without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "Sucrose/src", ["Library/Sucrose.Mpv.NET", "Library/Sucrose.XamlAnimatedGif", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("TelegramGroupsAdmin", "<copy of the checkout without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "TelegramGroupsAdmin", ["TelegramGroupsAdmin.Data/Migrations", "TelegramGroupsAdmin.UnitTests", "TelegramGroupsAdmin.ComponentTests", "TelegramGroupsAdmin.E2ETests", "TelegramGroupsAdmin.IntegrationTests", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("WFinfo", "<copy of the checkout without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "WFinfo", ["WFInfo/Tests", "tests", "**/*.Designer.cs", "**/*.designer.cs", "WFInfo/Services/Screenshot/Composition.WindowsRuntimeHelpers"]),
    ("WebVella-ERP", "<copy of the checkout without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "WebVella-ERP", ["**/*Plugin.20*.cs"]),
    ("Werewolf", "<copy of the checkout without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "Werewolf", ["**/*.Designer.cs", "**/*.designer.cs", "Werewolf for Telegram/Database/Admin.cs", "Werewolf for Telegram/Database/AspNetRole.cs", "Werewolf for Telegram/Database/AspNetUser.cs", "Werewolf for Telegram/Database/AspNetUserClaim.cs", "Werewolf for Telegram/Database/AspNetUserLogin.cs", "Werewolf for Telegram/Database/BotStatu.cs", "Werewolf for Telegram/Database/C__MigrationHistory.cs", "Werewolf for Telegram/Database/ContestTerm.cs", "Werewolf for Telegram/Database/DailyCount.cs", "Werewolf for Telegram/Database/Game.cs", "Werewolf for Telegram/Database/GameKill.cs", "Werewolf for Telegram/Database/GamePlayer.cs", "Werewolf for Telegram/Database/GlobalBan.cs", "Werewolf for Telegram/Database/GlobalDay1Death_Result.cs", "Werewolf for Telegram/Database/GlobalDay1Death_Result1.cs", "Werewolf for Telegram/Database/GlobalDay1Lynch_Result.cs", "Werewolf for Telegram/Database/GlobalDay1Lynch_Result1.cs", "Werewolf for Telegram/Database/GlobalNight1Death_Result.cs", "Werewolf for Telegram/Database/GlobalNight1Death_Result1.cs", "Werewolf for Telegram/Database/GlobalStat.cs", "Werewolf for Telegram/Database/GlobalSurvivor_Result.cs", "Werewolf for Telegram/Database/GlobalSurvivor_Result1.cs", "Werewolf for Telegram/Database/Group.cs", "Werewolf for Telegram/Database/GroupDay1Death_Result.cs", "Werewolf for Telegram/Database/GroupDay1Death_Result1.cs", "Werewolf for Telegram/Database/GroupDay1Lynch_Result.cs", "Werewolf for Telegram/Database/GroupDay1Lynch_Result1.cs", "Werewolf for Telegram/Database/GroupNight1Death_Result.cs", "Werewolf for Telegram/Database/GroupNight1Death_Result1.cs", "Werewolf for Telegram/Database/GroupRanking.cs", "Werewolf for Telegram/Database/GroupStat.cs", "Werewolf for Telegram/Database/GroupSurvivor_Result.cs", "Werewolf for Telegram/Database/GroupSurvivor_Result1.cs", "Werewolf for Telegram/Database/KillMethod.cs", "Werewolf for Telegram/Database/Language.cs", "Werewolf for Telegram/Database/NotifyGame.cs", "Werewolf for Telegram/Database/Player.cs", "Werewolf for Telegram/Database/PlayerMostKilledBy_Result.cs", "Werewolf for Telegram/Database/PlayerMostKilled_Result.cs", "Werewolf for Telegram/Database/PlayerRoles_Result.cs", "Werewolf for Telegram/Database/PlayerStat.cs", "Werewolf for Telegram/Database/RefreshDate.cs", "Werewolf for Telegram/Database/WerewolfModel.Context.cs", "Werewolf for Telegram/Database/WerewolfModel.cs", "Werewolf for Telegram/Database/getDailyCounts_Result.cs", "Werewolf for Telegram/Database/getPlayTime_Result.cs", "Werewolf for Telegram/Database/getRoles_Result.cs", "Werewolf for Telegram/Database/v_GroupRanking.cs", "Werewolf for Telegram/Database/v_IdleKill24HoursMain.cs", "Werewolf for Telegram/Database/v_InactivePlayersMain.cs", "Werewolf for Telegram/Database/v_NonDefaultGroups.cs", "Werewolf for Telegram/Database/v_PreferredGroups.cs", "Werewolf for Telegram/Database/v_PublicGroups.cs", "Werewolf for Telegram/Database/v_WaitList.cs"]),
    ("WibboEmulator", "<copy of the checkout without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "WibboEmulator", ["WebSocketSharp"]),
    ("azure-devops-migration-tools", "<copy of src without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "azure-devops-migration-tools/src", ["**/*.Tests", "MigrationTools.Shadows", "MigrationTools/Tests"]),
    ("eventuras", "<copy of apps/api without its vendored, generated, copied and test files (listed in rescore_check.py)>"): (
        "eventuras/apps/api", ["tests", "src/Eventuras.Infrastructure/Migrations", "src/Losol.Communication.Email/File/FileEmailWriter.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    # The thirty-first check (AID201 and AID202 only), likewise ("Thirty-first independent check"): the code bases with
    # a finding.
    ("Analogy.LogViewer", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Analogy.LogViewer", ["**/*.Designer.cs", "**/*.designer.cs"]),
    ("Chaos-Server", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Chaos-Server", []),
    ("DCS-SimpleRadioStandalone", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "DCS-SimpleRadioStandalone", ["**/*.Designer.cs", "**/*.designer.cs", "Common/Audio/LameWrapper/**", "Common/Audio/NAudioLame/**", "DCS-SR-Client/Audio/Utility/NAudio/**", "Common/Audio/Utility/Speex/JitterBuffer.cs", "Common/Properties/Annotations.cs"]),
    ("Fergun", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Fergun/src", ["**/Migrations/**"]),
    ("HunterPie", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "HunterPie", ["**/*.Designer.cs"]),
    ("Mewdeko", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Mewdeko/src", ["**/Migrations/**"]),
    ("RagnarokRebuildTcp", "<copy of RoRebuildServer without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "RagnarokRebuildTcp/RoRebuildServer", ["RoRebuildServer/3rdParty/**", "**/Migrations/**"]),
    ("Sleet", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Sleet/src", []),
    ("TailBlazer", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "TailBlazer", ["**/*.Designer.cs", "Source/TailBlazer.Domain/FileHandling/StreamReaderExtended.cs", "Source/TailBlazer/Infrastructure/Virtualisation/VirtualScrollPanel.cs", "Source/TailBlazer/Infrastructure/Virtualisation/LinesScrollPanel.cs"]),
    ("TeslaLogger", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "TeslaLogger", ["srtm/**", "TeslaLogger/Crc32.cs", "**/*.Designer.cs"]),
    ("cs-script", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "cs-script/src", ["out/**", "**/*.Designer.cs"]),
    ("fmbot", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "fmbot/src", ["**/Migrations/**"]),
    ("lubelog", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "lubelog", []),
    ("mpv.net", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "mpv.net/src", ["**/*.Designer.cs", "NGettext.Wpf/**", "MpvNet.Windows/WPF/HandyControl/**"]),
    ("slskd", "<copy of src/slskd without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "slskd/src/slskd", ["**/Migrations/**", "Common/Middleware/DisableFormValueModelBindingAttribute.cs", "Common/Base62Extensions.cs"]),
    ("featbit", "<copy of modules without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "featbit/modules", ["**/Migrations/**", "**/migrations/**"]),
    # The thirtieth check (AID201 and AID202 only), likewise ("Thirtieth independent check"): the code bases with a
    # finding.
    ("Fritz.StreamTools", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Fritz.StreamTools", []),
    ("Letterbook", "<copy of Source without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Letterbook/Source", ["Letterbook.Adapter.Db/Migrations/**", "Letterbook.Adapter.TimescaleFeeds/Migrations/**", "**/*.Designer.cs", "Letterbook.Adapter.ActivityPub/Signatures/InputCheckingVisitor.cs", "Letterbook.Generators/Letterbook.Generators.Tests/Snapshots/**"]),
    ("OpenCoreMMO", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "OpenCoreMMO", []),
    ("PicView", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "PicView/src", ["XamlAnimatedGif/**", "PicView.Avalonia/AnimatedImage/**", "PicView.WPF/Editing/ShaderEffects/Hlsl.cs", "PicView.WPF/SystemIntegration/Wallpaper.cs", "**/*.Designer.cs"]),
    ("Reloaded-II", "<copy of source without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Reloaded-II/source", ["Reloaded.Mod.Launcher/Utility/MarginSetter.cs"]),
    ("SysBot.NET", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "SysBot.NET", ["SysBot.Pokemon.Discord/Commands/General/InfoModule.cs", "**/*.Designer.cs"]),
    ("TheIdServer", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "TheIdServer/src", ["IdentityServer/Migrations/**", "**/Migrations/**", "**/*.Designer.cs"]),
    ("ThingsGateway", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "ThingsGateway/src", ["**/*.Designer.cs"]),
    ("aliasvault", "<copy of apps/server without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "aliasvault/apps/server", ["Databases/AliasServerDb/Migrations/**", "Databases/AliasClientDb/Migrations/**", "**/*.Designer.cs", "Databases/AliasClientDb/Models/FieldType.cs", "Databases/AliasClientDb/Models/ItemTypeIcons.cs", "Databases/AliasClientDb/Models/SystemFieldRegistry.cs", "Databases/AliasClientDb/Models/PasswordGeneratorDefaults.cs", "Databases/AliasClientDb/Models/FieldKey.cs", "Databases/AliasClientDb/Models/ItemType.cs", "Databases/AliasClientDb/Models/FieldTypeKind.cs", "AliasVault.Client/Main/Models/Languages.cs"]),
    ("discord-bot", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "discord-bot", ["CompatBot/Database/Migrations/**", "**/*.Designer.cs"]),
    ("dopamine-windows", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "dopamine-windows", ["Dopamine/Controls/SpectrumAnalyzer.cs", "Dopamine.Core/Audio/ISpectrumPlayer.cs", "Dopamine/Controls/DropDownButton.cs", "**/*.Designer.cs"]),
    ("git-tfs", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "git-tfs/src", ["NDesk.Options/**"]),
    ("kudu", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "kudu", ["Kudu.Services/GitServer/ReceivePackHandler.cs", "Kudu.Services/GitServer/GitServerHttpHandler.cs", "Kudu.Services/GitServer/InfoRefsController.cs", "Kudu.Services/GitServer/Helpers.cs", "Kudu.Services/GitServer/UploadPackHandler.cs", "Kudu.Core/SiteExtensions/SemanticVersion.cs", "Kudu.Services/Infrastructure/ReverseLineReader.cs", "Kudu.TestHarness/Xunit/**", "**/*.Designer.cs"]),
    ("melia", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "melia/src", ["Shared/Game/Const/PropertyName.cs", "Shared/Game/Const/SkillId.cs", "Shared/Game/Const/AbilityId.cs", "Shared/Game/Const/BuffId.cs", "Shared/Game/Const/CooldownId.cs", "Shared/Game/Const/PadName.cs", "Shared/Network/Op.cs", "ZoneServer/Skills/Handlers/Monsters/BasicAttacks.cs", "Shared/Network/Crypto/BlowFish.cs"]),
    ("smuxi", "<copy of src without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "smuxi/src", ["TcpChannel/**", "Frontend-GNOME/gtk-gui/**", "Frontend-GNOME/osx/**", "Common/NDesk.Options.cs", "Common/Crc32.cs", "Common/TaskQueue.cs", "Common/GeneratedEmojione.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("steam-deck-tools", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "steam-deck-tools", ["PowerControl/Helpers/AMD/ADL.cs", "ExternalHelpers/StartupManager.cs", "ExternalHelpers/SDStructs.cs", "ExternalHelpers/DisplayConfig.cs", "ExternalHelpers/RegistryUtils.cs", "ExternalHelpers/WindowsSettingsBrightnessController.cs", "ExternalHelpers/PhysicalMonitorBrightnessController.cs", "**/*.Designer.cs"]),
    ("xenia-manager", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "xenia-manager", []),
    # The twenty-ninth check (AID201 and AID202 only), likewise ("Twenty-ninth independent check"): the code bases with
    # a finding.
    ("rdt-client", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "rdt-client", ["server/RdtClient.Data/Migrations", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Covenant", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Covenant", ["Covenant/API", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Edelstein", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Edelstein", ["src/common/Edelstein.Common.Services.Server/Migrations", "src/common/Edelstein.Common.Services.Social/Migrations", "src/common/Edelstein.Common.Services.Auth/Migrations", "src/common/Edelstein.Common.Database/Migrations", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("vMenu", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "vMenu", ["**/*.Designer.cs", "**/*.designer.cs"]),
    ("Sidekick", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Sidekick", ["src/Sidekick.Common.Database/Migrations", "src/Sidekick.Modules.Items/Tools/Chromatic/ChromaticProbabilityCalculator.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("ContextMenuManager", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "ContextMenuManager", ["ContextMenuManager/BluePointLilac.Methods/ElevatedFileDroper.cs", "ContextMenuManager/BluePointLilac.Methods/RegTrustedInstaller.cs", "ContextMenuManager/BluePointLilac.Methods/EncodingType.cs", "ContextMenuManager/Methods/WinXHasher.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("x360ce", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "x360ce", ["x360ce.Engine/JocysCom/Win32/PEReader.cs", "x360ce.App.Beta/Common/WinVerify.cs", "x360ce.App/Controls/LoadingCircle.cs", "x360ce.App.Beta/Controls/LoadingCircle.cs", "x360ce.App/Controls/LoadingCircleToolStripMenuItem.cs", "x360ce.App.Beta/Controls/LoadingCircleToolStripMenuItem.cs", "x360ce.Web/Security/Common/SqlStoredProcedureProfileProvider.cs", "x360ce.Engine/SharpDX.XInput", "x360ce.Engine/JocysCom/Files/ZipStorer.cs", "x360ce.App.Beta/ViGEm/HidGuardianHelper.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Everest", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Everest", ["EverestSplash/SDL2-CS", "DiscordGameSDK", "Celeste.Mod.mm/Patches/Monocle/VirtualAxis.cs", "NETCoreifier/Patches/TimeSpan.cs", "Celeste.Mod.mm/MonoModRules.Utils.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("gsudo", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "gsudo", ["src/gsudo/ProcessHosts/TokenSwitchHost.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Seatbelt", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Seatbelt", ["Seatbelt/Commands/Windows/CredEnumCommand.cs", "Seatbelt/Commands/Windows/SecurityPackagesCredentialsCommand.cs", "Seatbelt/Interop/SecBuffer.cs", "Seatbelt/Interop/SecBufferDesc.cs", "Seatbelt/Interop/VaultCli.cs", "Seatbelt/Util/ExtensionMethods.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("ACT.Hojoring", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "ACT.Hojoring", ["source/FFXIV.Framework/XIVHelper/TinyIoC.cs", "source/FFXIV.Framework/Common/UnmanagedLibrary.cs", "source/FFXIV.Framework/Common/CSVParser.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("TelegramSearchBot", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "TelegramSearchBot", ["TelegramSearchBot.Database/Migrations", "external", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("EVESharp", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "EVESharp", ["Server/EVESharp.EVE/Data/Messages/MLS.cs", "Server/EVESharp.Database/Account/Roles.cs", "Server/EVESharp.Common/HexDump.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("StreetCode", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "StreetCode", ["Streetcode/Streetcode.DAL/Persistence/Migrations", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("Cpp2IL", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "Cpp2IL", ["LibCpp2IL/MiniArm64Decompiler.cs", "LibCpp2IL/LEB128.cs", "WasmDisassembler/LEB128.cs"]),
    ("NosCore", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "NosCore", ["src/NosCore.Database/Migrations", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("AAEmu", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "AAEmu", ["AAEmu.Commons/Utils/MersenneTwister.cs", "AAEmu.Commons/Utils/AAPak/AAPak.cs", "AAEmu.Commons/Utils/AAPak/SubStream.cs"]),
    ("SparkleShare", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "SparkleShare", ["SparkleShare/Mac/Watcher.cs", "**/*.Designer.cs", "**/*.designer.cs"]),
    ("SharpLab", "<copy of source/ without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "SharpLab/source", ["#external"]),
    ("izzy-moonbot", "<copy of the checkout without its vendored, generated or copied files (listed in rescore_check.py)>"): (
        "izzy-moonbot", []),
}


# The first independent check (rules at e36a843) scanned fresh clones of whole repositories ("<fresh>/Sonarr"): the
# checkout <corpus>/<name> at the header's commit is that folder (Sonarr and Playnite under /work/corpus, btcpayserver
# under the fourteenth check's corpus, the same commit). Their commands all write "findings.tsv": each scan's findings
# are named after the code base instead.
FRESH = re.compile(r"<fresh>/([^\s/]+)")


def findings_name(verdict_file):
    """The findings file of a verdict file's scan: the command's own name, or <code base>.tsv for a fresh clone's."""
    name = os.path.basename(re.search(r"--findings (\S+)", verdict_file.command).group(1))
    return f"{verdict_file.base}.tsv" if FRESH.search(verdict_file.command) else name


def load(name):
    """An existing joiner of this folder as a module (its main only runs as a script)."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


test_gaps = load("test_gap_verdicts")
clone_sample = load("clone_sample")


class VerdictFile:
    def __init__(self, path):
        self.path = path
        # AID201-UVtools-independent.tsv, -second.tsv, and a re-judged code base's -<rules commit>[-second].tsv.
        name = re.sub(r"-(independent|second|[0-9a-f]{7}(-second)?)\.tsv$", "", os.path.basename(path))
        self.rule, self.base = name.split("-", 1)
        comments = []
        for line in open(path, encoding="utf-8"):
            if not line.startswith("#"):
                break
            comments.append(line[1:].strip())
        self.header = comments[0] if comments else ""
        self.command = comments[1] if len(comments) > 1 else ""
        relative = re.search(r"paths relative to <corpus>/([^;]+);", self.header)
        self.folder = relative.group(1).strip() if relative else None
        commit = re.search(r"rules at commit (\w+)", self.header)
        self.rules_commit = commit.group(1) if commit else None

    def verdicts(self):
        for where, verdict, category in test_gaps.read_verdicts(self.path):
            if verdict in ("genuine", "noise"):
                yield where, verdict == "genuine", category


def copy_checkout(base, copy, corpus, out):
    """Re-creates a scratch copy from its recipe; returns its folder."""
    if (base, copy) not in COPIES:
        sys.exit(f"rescore_check: no recipe for {base} {copy}: add it to COPIES")
    recipe = COPIES[(base, copy)]
    source, left_out = recipe[0], recipe[1]
    # An optional third element keeps only these entries of the copied folder.
    kept = recipe[2] if len(recipe) > 2 else None
    source = os.path.join(corpus, source)
    target = os.path.join(out, "copies", base)
    if os.path.exists(target):
        shutil.rmtree(target)
    dropped = set()
    for pattern in left_out:
        dropped.update(os.path.normpath(p) for p in glob.glob(os.path.join(source, pattern), recursive=True))

    def ignore(folder, names):
        if kept is not None and os.path.normpath(folder) == os.path.normpath(source):
            return [n for n in names if n not in kept]
        return [n for n in names if os.path.normpath(os.path.join(folder, n)) in dropped]

    shutil.copytree(source, target, ignore=ignore, symlinks=True)
    return target


def scan_arguments(verdict_file, corpus, out, scanner, copies, extra=(), only_rules=None):
    """The check's command with the corpus, copy and findings paths of this run (and only the rules of only_rules)."""
    command = verdict_file.command
    if not command.startswith(SCANNER_PREFIX):
        sys.exit(f"rescore_check: {verdict_file.path}: second comment line is not a scanner command")
    rest = command[len(SCANNER_PREFIX):]
    copy = re.search(r"<copy (?:of|holding) [^>]*>", rest)
    if copy:
        key = (verdict_file.base, copy.group(0))
        if key not in copies:
            copies[key] = copy_checkout(verdict_file.base, copy.group(0), corpus, out)
        rest = rest.replace(copy.group(0), shlex.quote(copies[key]))
    fresh = FRESH.search(rest)
    if fresh:
        rest = rest.replace(fresh.group(0), shlex.quote(fresh_checkout(verdict_file, fresh.group(1), corpus)))
    arguments = [a.replace("<corpus>", corpus) for a in shlex.split(rest)]
    findings = arguments.index("--findings")
    arguments[findings + 1] = os.path.join(out, "findings", findings_name(verdict_file))
    if only_rules and "--rules" in arguments:
        at = arguments.index("--rules") + 1
        arguments[at] = ",".join(r for r in arguments[at].split(",") if r in only_rules) or arguments[at]
    return ["dotnet", scanner] + arguments + list(extra), arguments[findings + 1]


def fresh_checkout(verdict_file, name, corpus):
    """<corpus>/<name> for a "<fresh>/<name>" command, when the corpus's COMMITS.txt gives it the header's commit."""
    header_commit = verdict_file.header.split()[1] if len(verdict_file.header.split()) > 1 else ""
    folder = os.path.join(corpus, name)
    commits = os.path.join(corpus, "COMMITS.txt")
    listed = [line.split() for line in open(commits, encoding="utf-8")] if os.path.exists(commits) else []
    if not os.path.isdir(folder) or not re.fullmatch(r"[0-9a-f]{7,40}", header_commit) or not any(
            cells and cells[0].split("+")[-1].split("/")[-1] == name and any(c.startswith(header_commit) for c in cells[1:])
            for cells in listed):
        sys.exit(f"rescore_check: {verdict_file.path}: scans a fresh clone of {name} at {header_commit}: check it out as "
                 f"{folder} and list it in {commits}")
    return folder


def run_scan(command, findings, out):
    os.makedirs(os.path.dirname(findings), exist_ok=True)
    start, load_start = datetime.datetime.now(datetime.timezone.utc), os.getloadavg()
    print(f"scanning: {shlex.join(command)}", file=sys.stderr, flush=True)
    with open(findings + ".out", "w", encoding="utf-8") as output:
        code = subprocess.call(command, cwd=REPOSITORY, stdout=output)
    end, load_end = datetime.datetime.now(datetime.timezone.utc), os.getloadavg()
    with open(os.path.join(out, "scans.log"), "a", encoding="utf-8") as log:
        log.write(f"{start:%Y-%m-%d %H:%M:%S}-{end:%H:%M:%S} UTC exit {code} load {load_start[0]:.2f} -> {load_end[0]:.2f}: "
                  f"{shlex.join(command)}\n")
    if code != 0:
        sys.exit(f"rescore_check: scan exited with {code}: {shlex.join(command)}")


def rows_of(findings, rule):
    """The rule's findings as file:line -> how many (two findings may share a line)."""
    places = collections.Counter()
    for line in open(findings, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if len(cells) > 1 and cells[0] == rule:
            places[cells[1]] += 1
    return places


def warning_groups(findings):
    return set(clone_sample.read_groups(findings, "warning")) if os.path.exists(findings) else set()


def covers(row, judged_places):
    """Whether a reported copy overlaps a judged copy, as clone_verdicts.py matches them."""
    where, message, _ = row
    path, start = where.rsplit(":", 1)
    start, lines = int(start), int(re.match(r"This (\d+)-line", message).group(1))
    return any(start <= line + 2 and line <= start + lines for line in judged_places.get(path, ()))


def join_clones(verdict_file, findings):
    """clone_verdicts.py --list: verdict, state (warning, info, folded-warning, folded-info, gone), category, file:line."""
    listing = subprocess.run([sys.executable, os.path.join(HERE, "clone_verdicts.py"), verdict_file.path, findings, "--list"],
                             check=True, capture_output=True, text=True).stdout.splitlines()
    states = []
    for line in listing[2:]:
        verdict, state, _, where = line.split("\t")[:4]
        states.append((where, verdict == "genuine", "kept" if state == "warning" else state))
    return states


def join_test_gaps(verdict_file, findings, corpus):
    """The verdicts' states, and for each verdict still reported or listed the file:line of the finding that carries it."""
    by_line, _ = test_gaps.read_findings(findings)
    located = test_gaps.read_located_findings(findings)
    states, carriers = [], {}
    for where, genuine, _ in verdict_file.verdicts():
        listing = False if where in by_line else test_gaps.listing_finding(where, located, corpus, verdict_file.folder)
        if where in by_line:
            state, carriers[where] = "kept", where
        elif listing is not False:
            state, carriers[where] = "listed", listing
        else:
            state = "gone"
        states.append((where, genuine, state))
    return states, carriers


def public_apis(findings):
    """The public APIs the scan counted ("public APIs: N" in the output run_scan keeps beside the findings), or None."""
    try:
        with open(findings + ".out", encoding="utf-8") as output:
            for line in output:
                if line.startswith("public APIs: "):
                    return int(line.split(":", 1)[1])
    except (OSError, ValueError):
        pass
    return None


def join_magic(verdict_file, findings):
    """Each verdict row's state: kept, gone, or ambiguous. Verdicts name a finding by its file:line, and two findings can
    share a line (`3 * 365`, `is 429 or 529`): a line judged n times keeps its rows while the scan reports at least n
    findings there and loses them when it reports none; with fewer but some, which of the judged findings went cannot be
    told from file:line, so those rows are ambiguous, shown apart and counted in no precision."""
    reported = rows_of(findings, verdict_file.rule)
    rows = list(verdict_file.verdicts())
    judged = collections.Counter(where for where, _, _ in rows)

    def state(where):
        if reported[where] >= judged[where]:
            return "kept"
        return "gone" if reported[where] == 0 else "ambiguous"

    return [(where, genuine, state(where)) for where, genuine, _ in rows]


def findings_now(rule, findings, baseline, judged_places):
    """(findings now, without a verdict, not in the baseline scan or None); AID101 counts warning groups."""
    if rule == "AID101":
        groups = clone_sample.read_groups(findings, "warning")
        by_file = {}
        for where in judged_places:
            path, line = where.rsplit(":", 1)
            by_file.setdefault(path, []).append(int(line))
        unjudged = sum(1 for key in groups if not any(covers(row, by_file) for row in groups[key]))
        new = None
        if baseline is not None:
            before = warning_groups(baseline)
            new = sum(1 for key in groups if key not in before)
        return len(groups), unjudged, new
    places = rows_of(findings, rule)
    before = rows_of(baseline, rule) if baseline is not None and os.path.exists(baseline) else collections.Counter()
    new = None if baseline is None else sum((places - before).values())
    unjudged = sum(count for where, count in places.items() if where not in judged_places)
    return sum(places.values()), unjudged, new


def print_finding_level(finding_level, rules_commit):
    """AID301 per finding rather than per judged row: a finding that carries judged rows (at its own line, or listed in
    it, as a type-level finding lists the members folded into it) counts as genuine when any of them was judged genuine,
    else as noise. A proxy: the finding itself was not judged."""
    print(f"\nAID301 per finding (proxy: a finding is genuine when a judged row it carries is genuine; verdicts with rules at {rules_commit})\n")
    print("| Code base | Judged rows | Findings carrying them | Genuine (proxy) | Noise (proxy) | Precision (proxy) | Rows gone | "
          "Findings now | Public APIs | Per 1,000 public APIs |")
    print("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    total = [0] * 7
    for base, states, carriers, findings in finding_level + [("**All**", None, None, None)]:
        if states is None:
            rows, carrying, genuine, gone, now, apis = total[0], total[1], total[2], total[4], total[5], total[6]
        else:
            verdict_of = {where: g for where, g, _ in states}
            carried = collections.defaultdict(list)
            for where, carrier in carriers.items():
                carried[carrier].append(verdict_of[where])
            rows, carrying = len(states), len(carried)
            genuine = sum(1 for verdicts in carried.values() if any(verdicts))
            gone = sum(1 for _, _, s in states if s == "gone")
            now = sum(rows_of(findings, "AID301").values())
            apis = public_apis(findings)
            total = [a + b for a, b in zip(total, [rows, carrying, genuine, 0, gone, now, apis or 0])]
        noise = carrying - genuine
        rate = "-" if not apis else f"{1000 * now / apis:.1f}"
        print(f"| {base} | {rows} | {carrying} | {genuine} | {noise} | {share(genuine, carrying)} | {gone} | {now} | "
              f"{apis if apis else '-'} | {rate} |")


def share(a, b):
    return f"{a} of {b}" + (f" ({100 * a / b:.0f}%)" if b else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scanner", required=True, help="a built AiDebtAnalyzers.CorpusScan.dll")
    parser.add_argument("--out", required=True)
    parser.add_argument("--rules-commit", default="4176122")
    parser.add_argument("--corpus", default="/work/corpus")
    parser.add_argument("--precision", default=os.path.join(REPOSITORY, "docs", "precision"))
    parser.add_argument("--baseline")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--rows", action="store_true")
    parser.add_argument("--scanner-arg", action="append", default=[], help="an argument appended to every scan command")
    parser.add_argument("--only-rules", help="comma-separated: scan only these of each command's rules (AID201,AID202 "
                                             "re-scores the magic-value verdicts without AID101's cost)")
    parser.add_argument("verdicts", nargs="*")
    options = parser.parse_args()
    out, corpus = os.path.abspath(options.out), os.path.abspath(options.corpus)
    scanner = os.path.abspath(options.scanner)
    paths = options.verdicts or sorted(os.path.join(options.precision, f) for f in os.listdir(options.precision)
                                       if f.endswith("-independent.tsv"))
    files = [VerdictFile(p) for p in paths]
    if not options.verdicts:
        # A header names the commit short or in full.
        files = [f for f in files if f.rules_commit and
                 (f.rules_commit.startswith(options.rules_commit) or options.rules_commit.startswith(f.rules_commit))]
    if not files:
        sys.exit(f"rescore_check: no verdict file with rules at commit {options.rules_commit}")

    # Each distinct command runs once; a code base's rules share it.
    copies, scans, findings_of = {}, {}, {}
    for f in files:
        findings = os.path.join(out, "findings", findings_name(f))
        if options.reuse and os.path.exists(findings):
            findings_of[f.path] = findings
            continue
        command, findings = scan_arguments(f, corpus, out, scanner, copies, options.scanner_arg,
                                           options.only_rules.split(",") if options.only_rules else None)
        scans.setdefault(tuple(command), findings)
        findings_of[f.path] = findings
    for command, findings in scans.items():
        run_scan(list(command), findings, out)

    rules = {}
    listing = []
    finding_level = []
    for f in files:
        findings = findings_of[f.path]
        if f.rule == "AID101":
            states = join_clones(f, findings)
        elif f.rule == "AID301":
            states, carriers = join_test_gaps(f, findings, corpus)
            finding_level.append((f.base, states, carriers, findings))
        else:
            states = join_magic(f, findings)
        judged = {where for where, _, _ in states}
        baseline = os.path.join(options.baseline, os.path.basename(findings)) if options.baseline else None
        if baseline and not os.path.exists(baseline):
            baseline = os.path.join(options.baseline, "findings", os.path.basename(findings))
        now, unjudged, new = findings_now(f.rule, findings, baseline, judged)
        rules.setdefault(f.rule, []).append((f.base, states, now, unjudged, new))
        listing.extend(f"{f.rule}\t{f.base}\t{where}\t{'genuine' if g else 'noise'}\t{state}" for where, g, state in states)

    for rule in sorted(rules):
        elsewhere = {"AID101": "Info / folded / gone", "AID301": "Listed / gone"}.get(rule, "Gone")
        print(f"\n{rule} (verdicts with rules at {options.rules_commit}; scanner {scanner})\n")
        print(f"| Code base | Judged | Still reported | Genuine kept | Noise kept | Precision as built | {elsewhere} | "
              f"Findings now{' (warning groups)' if rule == 'AID101' else ''} | Unjudged | Not in the judged scan |")
        print("| --- | ---: | ---: | --- | --- | --- | --- | ---: | ---: | ---: |")
        total = [0] * 10
        baseline_known = True
        for base, states, now, unjudged, new in rules[rule] + [("**All**", None, None, None, None)]:
            if states is None:
                counts = total
            else:
                genuine = sum(1 for _, g, _ in states if g)
                g_kept = sum(1 for _, g, s in states if g and s == "kept")
                n_kept = sum(1 for _, g, s in states if not g and s == "kept")
                info = sum(1 for _, _, s in states if s in ("info", "listed"))
                folded = sum(1 for _, _, s in states if s.startswith("folded"))
                ambiguous = sum(1 for _, _, s in states if s == "ambiguous")
                counts = [len(states), genuine, g_kept, n_kept, info, folded, ambiguous, now, unjudged, -1 if new is None else new]
                baseline_known = baseline_known and new is not None
                total = [a + b for a, b in zip(total, counts)]
                if not baseline_known:
                    total[9] = -1
            judged, genuine, g_kept, n_kept, info, folded, ambiguous, now, unjudged, new = counts
            gone = judged - g_kept - n_kept - info - folded - ambiguous
            moved = f"{info} / {folded} / {gone}" if rule == "AID101" else (f"{info} / {gone}" if rule == "AID301" else f"{gone}")
            if ambiguous:
                moved += f" (and {ambiguous} ambiguous: fewer findings than verdicts on their line)"
            print(f"| {base} | {judged} | {g_kept + n_kept} | {g_kept} of {genuine} | {n_kept} of {judged - genuine} | "
                  f"{share(g_kept, g_kept + n_kept)} | {moved} | {now} | {unjudged} | {'-' if new < 0 else new} |")
    if finding_level:
        print_finding_level(finding_level, options.rules_commit)
    if options.rows:
        print()
        print("\n".join(listing))


if __name__ == "__main__":
    main()
