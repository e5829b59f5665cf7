{
  "targets": [
    {
      "target_name": "segmenter",
      "sources": ["native/segmenter.cc", "native/model.cc", "native/segment.cc"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions"],
      "cflags_cc": ["-std=c++17"],
      "defines": ["NAPI_CPP_EXCEPTIONS", "LOGGING_LEVEL=LL_WARNING"],
      "conditions": [
        # dladdr/dlopen, with which native/segmenter.cc pins the library (glibc < 2.34 keeps them in libdl).
        ["OS == 'linux'", { "libraries": ["-ldl"] }]
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
