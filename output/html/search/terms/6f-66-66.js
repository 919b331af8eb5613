teSearchFile("terms/6f-66-66",[["offensive",[1,1,19],[]],["offered",[1,2,19,1],[]],["office",[1,1,21],[]],["official",[1,1,8],[]]]);
