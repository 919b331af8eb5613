teSearchFile("terms/74-6f-74",[["totally",[1,1,26],[]]]);
