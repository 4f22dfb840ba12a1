#!/bin/bash
# Usage: test_gap_scans.sh <CorpusScan bin folder> <corpus folder> <out folder> <library>...
# AID301 scans of the libraries of the independent checks, each with the folders, tests and defines of its check
# (checkouts at the commits docs/measuring.md names); one <library>.tsv and .out each, the machine load in log.txt.
# Then: python3 test_gap_verdicts.py <out folder> --corpus <corpus folder>

BIN=$1; C=$2; OUT=$3; shift 3
mkdir -p $OUT
COMMON="--rules AID301 --option aidebt.test_gaps.scope=all --test-sources --references sdk --quiet"
for lib in "$@"; do
  echo "$lib start $(date -u +%T) $(uptime)" >> $OUT/log.txt
  case $lib in
  jint) args="$C/jint/Jint --tests Jint=$C/jint/Jint.Tests --tests Jint=$C/jint/Jint.Tests.PublicInterface --tests Jint=$C/jint/Jint.Tests.Test262 --tests Jint=$C/jint/Jint.Tests.CommonScripts --define TRACE;SUPPORTS_WEAK_TABLE_ADD_OR_UPDATE;SUPPORTS_WEAK_TABLE_CLEAR;SUPPORTS_ASYNC_DISPOSE;SUPPORTS_HALF;SUPPORTS_UTF8_TRANSCODE" ;;
  refit) args="$C/refit/src/Refit --tests Refit=$C/refit/src/tests --define TRACE" ;;
  MoreLINQ) args="$C/MoreLINQ/MoreLinq --tests MoreLinq=$C/MoreLINQ/MoreLinq.Test --tests MoreLinq=$C/MoreLINQ/MoreLinq.Test.Aot --define TRACE;MORELINQ;DYNAMIC_CODE_FALLBACK" ;;
  Autofac) args="$C/Autofac/src/Autofac --tests Autofac=$C/Autofac/test --define TRACE" ;;
  FluentValidation) args="$C/FluentValidation/src/FluentValidation --tests FluentValidation=$C/FluentValidation/src/FluentValidation.Tests" ;;
  Humanizer) args="$C/Humanizer/src/Humanizer --tests Humanizer=$C/Humanizer/tests/Humanizer.Tests" ;;
  CsvHelper) args="$C/CsvHelper/src/CsvHelper --tests CsvHelper=$C/CsvHelper/tests/CsvHelper.Tests" ;;
  AutoMapper) args="$C/AutoMapper/src/AutoMapper --tests AutoMapper=$C/AutoMapper/src/UnitTests --tests AutoMapper=$C/AutoMapper/src/IntegrationTests" ;;
  NSubstitute) args="$C/NSubstitute/src/NSubstitute --tests NSubstitute=$C/NSubstitute/tests/NSubstitute.Acceptance.Specs --tests NSubstitute=$C/NSubstitute/tests/NSubstitute.Specs --tests NSubstitute=$C/NSubstitute/tests/NSubstitute.Documentation.Tests" ;;
  Bogus) args="$C/Bogus/Source/Bogus --tests Bogus=$C/Bogus/Source/Bogus.Tests" ;;
  YamlDotNet) args="$C/YamlDotNet/YamlDotNet --tests YamlDotNet=$C/YamlDotNet/YamlDotNet.Test" ;;
  markdig) args="$C/markdig/src/Markdig --tests Markdig=$C/markdig/src/Markdig.Tests" ;;
  LiteDB) args="$C/LiteDB/LiteDB --tests LiteDB=$C/LiteDB/LiteDB.Tests" ;;
  scriban) args="$C/scriban/src/Scriban --tests Scriban=$C/scriban/src/Scriban.Tests --define SCRIBAN_PUBLIC" ;;
  FluentFTP) args="$C/FluentFTP/FluentFTP --tests FluentFTP=$C/FluentFTP/FluentFTP.Tests" ;;
  Handlebars.Net) args="$C/Handlebars.Net/source/Handlebars --tests Handlebars=$C/Handlebars.Net/source/Handlebars.Test" ;;
  commandline) args="$C/commandline/src/CommandLine --tests CommandLine=$C/commandline/tests/CommandLine.Tests --define CSX_EITHER_INTERNAL;CSX_REM_EITHER_BEYOND_2;CSX_ENUM_INTERNAL;ERRH_INTERNAL;CSX_MAYBE_INTERNAL;CSX_REM_EITHER_FUNC;CSX_REM_CRYPTORAND;ERRH_ADD_MAYBE_METHODS;SKIP_FSHARP" ;;
  Mapster) args="$C/Mapster/src/Mapster --tests Mapster=$C/Mapster/src/Mapster.Tests" ;;
  DynamicExpresso) args="$C/DynamicExpresso/src/DynamicExpresso.Core --tests DynamicExpresso.Core=$C/DynamicExpresso/test/DynamicExpresso.UnitTest" ;;
  Sprache) args="$C/Sprache/src/Sprache --tests Sprache=$C/Sprache/test/Sprache.Tests" ;;
  fluid) args="$C/fluid/Fluid --tests Fluid=$C/fluid/Fluid.Tests" ;;
  SmartFormat) args="$C/SmartFormat/src/SmartFormat --tests SmartFormat=$C/SmartFormat/src/SmartFormat.Tests --define DEBUG;TRACE" ;;
  spectre.console) args="$C/spectre.console/src/Spectre.Console --tests Spectre.Console=$C/spectre.console/src/Spectre.Console.Tests --define TRACE;WCWIDTH;WCWIDTH_VISIBILITY_INTERNAL" ;;
  Flurl) args="$C/Flurl/src/Flurl.Http --tests Flurl.Http=$C/Flurl/test/Flurl.Test --define TRACE" ;;
  Scrutor) args="$C/Scrutor/src/Scrutor --tests Scrutor=$C/Scrutor/test/Scrutor.Tests --define TRACE" ;;
  quartznet) args="$C/quartznet/src/Quartz --tests Quartz=$C/quartznet/src/Quartz.Tests.Unit --tests Quartz=$C/quartznet/src/Quartz.Tests.Integration --tests Quartz=$C/quartznet/src/Quartz.Tests.AspNetCore --define TRACE;NET10_0;NET7_0_OR_GREATER;NET9_0_OR_GREATER;NET10_0_OR_GREATER" ;;
  esac
  dotnet $BIN/AiDebtAnalyzers.CorpusScan.dll $args $COMMON --findings $OUT/$lib.tsv > $OUT/$lib.out 2>&1
  echo "$lib end $(date -u +%T) rc=$? $(uptime)" >> $OUT/log.txt
done
