{
  "targets": [
    {
      "target_name": "segmenter",
      "sources": ["native/segmenter.cc"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions"],
      "cflags_cc": ["-std=c++17"],
      "defines": ["NAPI_CPP_EXCEPTIONS", "LOGGING_LEVEL=LL_WARNING"],
      "conditions": [
        # The loaded model lives as long as the process, not as long as the last worker thread
        # that used it: never unload the library (and lose the model) when workers end.
        ["OS == 'linux'", { "ldflags": ["-Wl,-z,nodelete"] }]
      ],
      "xcode_settings": {
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES",
        "OTHER_CPLUSPLUSFLAGS": ["-std=c++17"]
      },
      "msvs_settings": {
        "VCCLCompilerTool": { "ExceptionHandling": 1, "AdditionalOptions": ["/std:c++17", "/utf-8"] }
      },
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "<!(node -p \"require('path').join(require('./native/cppjieba.cjs'), 'include')\")",
        "<!(node -p \"require('path').join(require('./native/cppjieba.cjs'), 'deps/limonp/include')\")"
      ]
    }
  ]
}
