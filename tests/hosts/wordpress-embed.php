<?php
// What WordPress 6 writes into a post when an author pastes the explainer's
// address alone on a line: oEmbed discovery on the page, the oEmbed answer,
// and WordPress's sanitiser for a provider it does not know (a sandboxed
// iframe with a secret). WordPress's own code runs, from Debian's package
// as scripts/setup.sh unpacks it; only its HTTP layer is replaced by a
// plain GET, because it refuses the loopback addresses the tests serve on.
//
//   php tests/hosts/wordpress-embed.php WORDPRESS_DIR URL   prints the HTML
[, $wordpress, $url] = $argv;
define('ABSPATH', rtrim($wordpress, '/') . '/');
define('WPINC', 'wp-includes');
foreach (['load', 'plugin', 'formatting', 'kses', 'functions', 'shortcodes', 'class-wp-error', 'class-wp-list-util', 'embed', 'class-wp-oembed'] as $file) {
    require ABSPATH . WPINC . "/$file.php";
}

function wp_safe_remote_get($url, $args = array()) {
    $body = @file_get_contents($url);
    $code = isset($http_response_header[0]) ? (int) explode(' ', $http_response_header[0])[1] : 0;
    return array('body' => $body === false ? '' : $body, 'response' => array('code' => $code));
}
function wp_remote_retrieve_body($response) { return $response['body']; }
function wp_remote_retrieve_response_code($response) { return $response['response']['code']; }
function wp_generate_password($length = 12, $special = true, $extra = false) {
    $chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    $out = '';
    for ($i = 0; $i < $length; $i++) $out .= $chars[random_int(0, strlen($chars) - 1)];
    return $out;
}
function home_url($path = '') { return 'https://blog.example.net/' . ltrim($path, '/'); }
function get_bloginfo($show = '') { return 'UTF-8'; }
add_filter('pre_option_blog_charset', function () { return 'UTF-8'; });

// The filters WordPress hooks for every oEmbed answer, as its
// wp-includes/default-filters.php does (the test checks these lines are there).
add_filter('oembed_dataparse', 'wp_filter_oembed_iframe_title_attribute', 5, 3);
add_filter('oembed_dataparse', 'wp_filter_oembed_result', 10, 3);

$html = (new WP_oEmbed())->get_html($url);
if ($html === false) {
    fwrite(STDERR, "WordPress found no embed for $url\n");
    exit(1);
}
echo $html;
